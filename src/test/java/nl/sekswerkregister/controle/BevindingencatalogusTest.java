package nl.sekswerkregister.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Bevindingencatalogus;
import nl.sekswerkregister.controle.domain.Catalogusregel;
import nl.sekswerkregister.controle.domain.Vergunninghistorie;
import nl.sekswerkregister.controle.domain.Vergunninghistorie.Licentie;
import nl.sekswerkregister.controle.domain.Vergunninghistorie.Statusbesluit;
import nl.sekswerkregister.controle.domain.Vergunningstand;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Regels;
import org.junit.jupiter.api.Test;

/** The catalogue and the licence of a day, as plain functions: no service, no database. */
class BevindingencatalogusTest {

    static final LocalDate DAG = LocalDate.of(2026, 6, 1);
    static final UUID ID = UUID.randomUUID();
    static final Licentie CLUB = new Licentie(ID, "GM0001-2026-000001", Bedrijfstype.CLUB, List.of("Camera"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));

    @Test
    void eenOnbekendeRegelGeeftGeenBevinding_eenGezetteWel() {
        Regels onbekend = Regels.LEEG;
        Regels gezet = met(21, true);
        Optional<Vergunningstand> inWerking = Vergunninghistorie.opDatum(List.of(CLUB), List.of(), DAG);
        assertThat(codes(Bevindingencatalogus.voor(onbekend, List.of(), inWerking)))
                .doesNotContain(Bevindingcode.MINIMUMLEEFTIJD_NIET_NAGELEEFD, Bevindingcode.REGISTRATIE_NIET_GECONTROLEERD)
                .contains(Bevindingcode.BEHEERDER_NIET_AANWEZIG, Bevindingcode.VOORSCHRIFT_NIET_NAGELEEFD);
        assertThat(codes(Bevindingencatalogus.voor(gezet, List.of(), inWerking)))
                .contains(Bevindingcode.MINIMUMLEEFTIJD_NIET_NAGELEEFD, Bevindingcode.REGISTRATIE_NIET_GECONTROLEERD);
        // A national framework that is law brings the registration duty too.
        assertThat(codes(Bevindingencatalogus.voor(onbekend, List.of("Wet X"), inWerking)))
                .contains(Bevindingcode.REGISTRATIE_NIET_GECONTROLEERD);
    }

    @Test
    void zonderVergunningplichtIsGeenVergunningGeenBevinding() {
        Map<Bedrijfstype, BedrijfstypeRegels> typen = new java.util.EnumMap<>(Bedrijfstype.class);
        for (Bedrijfstype t : Bedrijfstype.values()) {
            typen.put(t, BedrijfstypeRegels.van(true, false, null));
        }
        Regels vrij = new Regels(null, null, null, null, typen, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(codes(Bevindingencatalogus.voor(vrij, List.of(), Optional.empty())))
                .doesNotContain(Bevindingcode.GEEN_VERGUNNING).contains(Bevindingcode.SIGNALEN_VAN_DWANG);
        assertThat(codes(Bevindingencatalogus.voor(null, List.of(), Optional.empty())))
                .contains(Bevindingcode.GEEN_VERGUNNING).doesNotContain(Bevindingcode.BEHEERDER_NIET_AANWEZIG);
    }

    @Test
    void deVergunningVanDieDagVolgtUitHaarBesluiten() {
        Instant t = Instant.parse("2026-05-01T10:00:00Z");
        List<Statusbesluit> besluiten = List.of(new Statusbesluit(ID, "SCHORSEN", LocalDate.of(2026, 5, 1), t),
                new Statusbesluit(ID, "SCHORSING_OPHEFFEN", LocalDate.of(2026, 7, 1), t.plusSeconds(60)));
        assertThat(Vergunninghistorie.opDatum(List.of(CLUB), besluiten, LocalDate.of(2026, 4, 30)).orElseThrow().inWerking()).isTrue();
        assertThat(Vergunninghistorie.opDatum(List.of(CLUB), besluiten, DAG).orElseThrow().inWerking()).isFalse();
        assertThat(Vergunninghistorie.opDatum(List.of(CLUB), besluiten, LocalDate.of(2026, 7, 1)).orElseThrow().inWerking()).isTrue();
        assertThat(Vergunninghistorie.opDatum(List.of(CLUB), besluiten, LocalDate.of(2025, 12, 31))).isEmpty();
        // Suspended that day: no licence in force, so GEEN_VERGUNNING and nothing that needs one.
        assertThat(codes(Bevindingencatalogus.voor(null, List.of(), Vergunninghistorie.opDatum(List.of(CLUB), besluiten, DAG))))
                .contains(Bevindingcode.GEEN_VERGUNNING).doesNotContain(Bevindingcode.VOORSCHRIFT_NIET_NAGELEEFD);
        // Revoked stays revoked.
        List<Statusbesluit> ingetrokken = List.of(new Statusbesluit(ID, "INTREKKEN", LocalDate.of(2026, 5, 1), t),
                new Statusbesluit(ID, "SCHORSING_OPHEFFEN", LocalDate.of(2026, 5, 2), t.plusSeconds(60)));
        assertThat(Vergunninghistorie.opDatum(List.of(CLUB), ingetrokken, DAG).orElseThrow().inWerking()).isFalse();
    }

    private static Regels met(Integer minimumleeftijd, Boolean registratieplicht) {
        return new Regels(minimumleeftijd, registratieplicht, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<Bevindingcode> codes(List<Catalogusregel> catalogus) {
        return catalogus.stream().map(Catalogusregel::code).toList();
    }
}
