package nl.sekswerkregister.lappendeken.controles;

import static nl.sekswerkregister.lappendeken.controles.Moment.regels;
import static nl.sekswerkregister.lappendeken.controles.Moment.voer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import org.junit.jupiter.api.Test;

/**
 * VERPLAATSING_WAARGENOMEN with the border of {@link Moment#GRENZEN}: A and B share the meridian 5.0 E
 * (52.0-52.1 N). One thousandth of a degree of longitude there is about 68.5 m, so 0.02 degree west
 * of the border is about 1.4 km (near) and 0.05 degree about 3.4 km (far, beyond 2 km).
 */
class VerplaatsingWaargenomenTest {

    static final String A = "GM0001";
    static final String B = "GM0002";
    static final String C = "GM0003";
    final VerplaatsingWaargenomen controle = new VerplaatsingWaargenomen();

    @Test
    void eenSignaleringBijDeGrensMetEenStrengereBuurIsEenBevindingMetHetBewijs() {
        List<Conflict> c = voer(controle, Moment.nieuw()
                .regels(A, regels().minimumleeftijd(18).bouw()).regels(B, regels().minimumleeftijd(21).bouw())
                .waarneming(A, 52.05, 4.98, true).waarneming(A, 52.05, 4.95, false).waarneming(A, null, null, true).bouw());
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.controle()).isEqualTo("VERPLAATSING_WAARGENOMEN");
            assertThat(x.ernst()).isEqualTo(Ernst.WAARSCHUWING);
            assertThat(x.id()).isEqualTo("VERPLAATSING_WAARGENOMEN.GM0001.GM0002.minimumleeftijd.in-GM0001");
            Map<String, String> waarden = x.waarden().stream()
                    .collect(Collectors.toMap(Conflict.Waarde::van, Conflict.Waarde::waarde));
            assertThat(waarden).containsEntry(A, "18").containsEntry(B, "21").containsEntry("signaleringen", "3")
                    .containsEntry("signaleringenBijGrens", "1").containsEntry("signaleringenLocatieOnbekend", "1")
                    .containsEntry("grensafstandMeters", "2000");
            assertThat(x.uitlegNl()).contains("Aadorp", "1 van 3", "Beedorp", "21", "locatie onbekend");
            assertThat(x.uitlegEn()).contains("1 of 3", "2000 m");
        });
    }

    @Test
    void verAfVanDeGrensOfZonderLocatieIsGeenBevinding() {
        assertThat(voer(controle, Moment.nieuw()
                .regels(A, regels().minimumleeftijd(18).bouw()).regels(B, regels().minimumleeftijd(21).bouw())
                .waarneming(A, 52.05, 4.95, true).waarneming(A, null, null, true)
                // beyond the end of the shared stretch: 0.05 degree north of 52.1 is 5.6 km away
                .waarneming(A, 52.15, 5.0, true).bouw())).isEmpty();
    }

    @Test
    void eenBuurMetGelijkeOfSoepelereRegelsIsGeenBevinding() {
        assertThat(voer(controle, Moment.nieuw()
                .regels(A, regels().minimumleeftijd(21).registratieplicht(true).bouw())
                .regels(B, regels().minimumleeftijd(21).registratieplicht(false).bouw())
                .waarneming(A, 52.05, 4.999, true).bouw())).isEmpty();
    }

    @Test
    void deRichtingVolgtDeSignalering() {
        // The signal is in B, near A; B is the stricter one: nothing was displaced towards A's rules.
        assertThat(voer(controle, Moment.nieuw()
                .regels(A, regels().minimumleeftijd(18).bouw()).regels(B, regels().minimumleeftijd(21).bouw())
                .waarneming(B, 52.05, 5.01, true).bouw())).isEmpty();
        // In B near C, with C stricter: a finding in B, not about A.
        assertThat(voer(controle, Moment.nieuw()
                .regels(A, regels().minimumleeftijd(18).bouw()).regels(B, regels().minimumleeftijd(18).bouw())
                .regels(C, regels().minimumleeftijd(21).bouw())
                .waarneming(B, 52.05, 5.49, true).bouw()))
                .extracting(Conflict::id).containsExactly("VERPLAATSING_WAARGENOMEN.GM0002.GM0003.minimumleeftijd.in-GM0002");
    }

    @Test
    void plichtenVerbodEnMaximumDieHierOntbrekenZijnElkEenBevinding() {
        List<Conflict> c = voer(controle, Moment.nieuw()
                .regels(A, regels().registratieplicht(false).intakeplicht(false)
                        .type(Bedrijfstype.CLUB, BedrijfstypeRegels.van(true, null, null))
                        .toegestaan(Bedrijfstype.RAAMPROSTITUTIE, true)
                        .nietGeregeld("bedrijfstypen.CLUB.maximumAantal").bouw())
                .regels(B, regels().registratieplicht(true).intakeplicht(true)
                        .type(Bedrijfstype.CLUB, BedrijfstypeRegels.van(true, true, 3))
                        .toegestaan(Bedrijfstype.RAAMPROSTITUTIE, false).bouw())
                .waarneming(A, 52.05, 4.99, true).bouw());
        assertThat(c).extracting(Conflict::dimensie).containsExactlyInAnyOrder("registratieplicht", "intakeplicht",
                "bedrijfstypen.RAAMPROSTITUTIE.toegestaan", "bedrijfstypen.CLUB.maximumAantal");
    }

    @Test
    void eenOnbekendeRegelWordtNietVergeleken() {
        // A's age and duties are unknown: whatever B has, nothing is built on them.
        assertThat(voer(controle, Moment.nieuw()
                .regels(A, regels().bouw()).regels(B, regels().minimumleeftijd(21).registratieplicht(true).bouw())
                .waarneming(A, 52.05, 4.99, true).bouw())).isEmpty();
    }

    @Test
    void eenGemeenteZonderEigenLeeftijdHeeftDe18VanHetStrafrecht() {
        assertThat(voer(controle, Moment.nieuw()
                .regels(A, regels().nietGeregeld("minimumleeftijd").bouw()).regels(B, regels().minimumleeftijd(21).bouw())
                .waarneming(A, 52.05, 4.99, true).bouw()))
                .singleElement().satisfies(x -> assertThat(x.uitlegNl()).contains("21", "18"));
    }
}
