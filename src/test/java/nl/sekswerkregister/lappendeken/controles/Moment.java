package nl.sekswerkregister.lappendeken.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Conflictcontrole;
import nl.sekswerkregister.lappendeken.domain.Gemeenteligging;
import nl.sekswerkregister.lappendeken.domain.Grenzen;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;
import nl.sekswerkregister.lappendeken.domain.Waarneming;
import nl.sekswerkregister.lappendeken.domain.Waarnemingen;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Erkenning;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Registratiegeldigheid;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/** Builds moments for check tests: municipalities A–D (A borders B, B borders C; D lies apart, same province as A). */
final class Moment {

    static final LocalDate PEILDATUM = LocalDate.of(2030, 6, 1);
    static final Kaderversie HUIDIGE_WET = new Kaderversie("huidige-wet", 1, "Huidige wet",
            regels().minimumleeftijd(18).registratieplicht(false).bouw(), Kadersoort.HUIDIG_RECHT, Map.of());
    static final Kaderversie WRS = new Kaderversie("wrs-wetsvoorstel", 1, "Wrs-wetsvoorstel",
            regels().minimumleeftijd(21).registratieplicht(true).intakeplicht(true)
                    .type(Bedrijfstype.THUISWERK, BedrijfstypeRegels.van(null, true, null)).bouw(),
            Kadersoort.WETSVOORSTEL, Map.of());

    private final Map<String, Regelsetversie> regelsets = new HashMap<>();
    private final List<VergunningInWerking> vergunningen = new ArrayList<>();
    private final List<Waarneming> waarnemingen = new ArrayList<>();
    /**
     * Borders for the signal checks: A and B share the meridian 5.0 E between 52.0 and 52.1 N, B and C
     * the meridian 5.5 E over the same stretch.
     */
    static final Grenzen GRENZEN = new Grenzen(Map.of(
            "GM0001|GM0002", List.of(new double[] {5.0, 52.0, 5.0, 52.1}),
            "GM0002|GM0003", List.of(new double[] {5.5, 52.0, 5.5, 52.1})));
    /** What counts as near the border in these tests, and the window of signals. */
    static final double GRENSAFSTAND = 2000;
    static final int VENSTER_DAGEN = 365;
    private Kaderversie kader = HUIDIGE_WET;

    static Moment nieuw() {
        return new Moment();
    }

    Moment regels(String gemeente, Regels regels) {
        regelsets.put(gemeente, new Regelsetversie(gemeente, 1, regels));
        return this;
    }

    Moment kader(Kaderversie kader) {
        this.kader = kader;
        return this;
    }

    Moment vergunning(String nummer, String gemeente, Bedrijfstype type, LocalDate van, LocalDate tot) {
        vergunningen.add(new VergunningInWerking(nummer, gemeente, type, van, tot));
        return this;
    }

    /** A signal of unlicensed activity in a municipality, at a location (null: unknown), dated at the analysis date. */
    Moment waarneming(String gemeente, Double breedtegraad, Double lengtegraad, boolean open) {
        waarnemingen.add(new Waarneming(gemeente, PEILDATUM, breedtegraad, lengtegraad, open));
        return this;
    }

    Momentopname bouw() {
        Map<String, Gemeenteligging> gemeenten = Map.of(
                "GM0001", new Gemeenteligging("GM0001", "Aadorp", "Provincie-1", "VR-1", "RIEC-1", Set.of("GM0002")),
                "GM0002", new Gemeenteligging("GM0002", "Beedorp", "Provincie-2", "VR-1", "RIEC-1", Set.of("GM0001", "GM0003")),
                "GM0003", new Gemeenteligging("GM0003", "Ceedorp", "Provincie-2", "VR-2", "RIEC-1", Set.of("GM0002")),
                "GM0004", new Gemeenteligging("GM0004", "Deedorp", "Provincie-1", "VR-2", "RIEC-2", Set.of()));
        return new Momentopname(PEILDATUM, kader, gemeenten, regelsets, vergunningen, 4.0,
                Waarnemingen.van(PEILDATUM.minusDays(VENSTER_DAGEN - 1L), PEILDATUM, GRENSAFSTAND, GRENZEN, waarnemingen));
    }

    /** Runs one check over every municipality and the neighbour pairs. */
    static List<Conflict> voer(Conflictcontrole controle, Momentopname moment) {
        return nl.sekswerkregister.lappendeken.domain.Analyse.voer(moment, Reikwijdte.BUREN, null, null, List.of(controle));
    }

    static RegelsBouwer regels() {
        return new RegelsBouwer();
    }

    /** Mutable builder for the (immutable) Regels record, for readable tests. */
    static final class RegelsBouwer {
        Integer minimumleeftijd;
        Boolean registratieplicht;
        Boolean intakeplicht;
        Erkenning erkenning;
        Map<Bedrijfstype, BedrijfstypeRegels> bedrijfstypen;
        Boolean registerOpNaam;
        Boolean intakeverslagen;
        List<String> taaleisen;
        Boolean sancties;
        Integer termijn;
        List<String> nietGeregeld;

        RegelsBouwer minimumleeftijd(int v) { minimumleeftijd = v; return this; }
        RegelsBouwer registratieplicht(boolean v) { registratieplicht = v; return this; }
        RegelsBouwer intakeplicht(boolean v) { intakeplicht = v; return this; }
        RegelsBouwer erkenning(Erkenning.Soort soort, String... codes) {
            erkenning = new Erkenning(soort, codes.length == 0 ? null : List.of(codes));
            return this;
        }
        RegelsBouwer type(Bedrijfstype type, BedrijfstypeRegels regels) {
            if (bedrijfstypen == null) {
                bedrijfstypen = new HashMap<>();
            }
            bedrijfstypen.put(type, regels);
            return this;
        }
        RegelsBouwer toegestaan(Bedrijfstype type, boolean v) {
            return type(type, BedrijfstypeRegels.van(v, null, null));
        }
        RegelsBouwer registerOpNaam(boolean v) { registerOpNaam = v; return this; }
        RegelsBouwer intakeverslagenNaarToezicht(boolean v) { intakeverslagen = v; return this; }
        RegelsBouwer taaleisen(String... talen) { taaleisen = List.of(talen); return this; }
        RegelsBouwer sanctiesVoorSekswerkers(boolean v) { sancties = v; return this; }
        RegelsBouwer vergunningtermijnJaren(int v) { termijn = v; return this; }
        /** Paths the municipality decided not to regulate (the known "none"). */
        RegelsBouwer nietGeregeld(String... paden) { nietGeregeld = List.of(paden); return this; }

        Regels bouw() {
            return new Regels(minimumleeftijd, registratieplicht, intakeplicht, erkenning, bedrijfstypen, null, null,
                    taaleisen, sancties, intakeverslagen, registerOpNaam, termijn, null, null, (Registratiegeldigheid) null,
                    null, null, null, null, null, null, null, nietGeregeld, null, null, null);
        }
    }

    static List<Openingstijd> elkeDag(String open, String sluit) {
        List<Openingstijd> tijden = new ArrayList<>();
        for (Openingstijd.Dag dag : Openingstijd.Dag.values()) {
            tijden.add(new Openingstijd(dag, java.time.LocalTime.parse(open), java.time.LocalTime.parse(sluit)));
        }
        return tijden;
    }
}
