package nl.sekswerkregister.lappendeken.controles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.sekswerkregister.lappendeken.domain.Analyse;
import nl.sekswerkregister.lappendeken.domain.Bevindingen;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Gemeenteligging;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Erkenning;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole scope's findings are held lean and rebuilt when read: on random moments (seeded, so a
 * failure can be replayed), the rebuilt findings are exactly those of the full analysis, in the
 * same order, explanation and values included.
 */
class BevindingenTest {

    private static final List<nl.sekswerkregister.lappendeken.domain.Conflictcontrole> ALLE = new Controlecatalogus().alle();

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 20261128L})
    void eenReikwijdteGeeftDezelfdeBevindingenAlsDeVolledigeAnalyse(long seed) {
        Momentopname moment = willekeurig(new Random(seed), 40);

        for (Reikwijdte reikwijdte : List.of(Reikwijdte.LANDELIJK, Reikwijdte.BUREN, Reikwijdte.PROVINCIE)) {
            List<Conflict> volledig = Analyse.voer(moment, reikwijdte, null, null, ALLE);
            Bevindingen lean = Analyse.voerVoorReikwijdte(moment, reikwijdte, null, ALLE);

            assertThat(volledig).as("seed %d: the moment should produce findings of several checks", seed)
                    .extracting(Conflict::controle).hasSizeGreaterThan(50).contains("OPENINGSTIJDEN_VERSCHILLEN",
                            "LEEFTIJD_VERSCHILT", "VERGUNNING_VERBODEN_TYPE", "REGISTRATIE_NIET_ERKEND");
            assertThat(lean).hasSameSizeAs(volledig);
            for (int i = 0; i < volledig.size(); i++) {
                assertThat(beeld(lean.get(i))).as("seed %d, %s, finding %d", seed, reikwijdte, i)
                        .isEqualTo(beeld(volledig.get(i)));
            }
            assertThat(lean.alleen("LEEFTIJD_VERSCHILT", null)).extracting(Conflict::id).containsExactlyElementsOf(
                    volledig.stream().filter(c -> c.controle().equals("LEEFTIJD_VERSCHILT")).map(Conflict::id).toList());
            assertThat(lean.alleen(null, Ernst.FOUT)).extracting(Conflict::id).containsExactlyElementsOf(
                    volledig.stream().filter(c -> c.ernst() == Ernst.FOUT).map(Conflict::id).toList());
        }
    }

    /** Everything a client sees of a finding. */
    private static List<Object> beeld(Conflict c) {
        return List.of(c.id(), c.controle(), c.ernst(), c.gemeenten(), c.regelsets().stream().map(Regelsetversie::gemeenteCode).toList(),
                c.vergunningen(), String.valueOf(c.kader()), c.dimensie(), c.waarden(), c.uitlegNl(), c.uitlegEn());
    }

    /** n municipalities in two provinces, each bordering the next, most with random rules, some with licences. */
    private static Momentopname willekeurig(Random random, int n) {
        Map<String, Gemeenteligging> gemeenten = new HashMap<>();
        Map<String, Regelsetversie> regelsets = new HashMap<>();
        List<VergunningInWerking> vergunningen = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String code = code(i);
            Set<String> buren = new HashSet<>();
            if (i > 1) {
                buren.add(code(i - 1));
            }
            if (i < n) {
                buren.add(code(i + 1));
            }
            gemeenten.put(code, new Gemeenteligging(code, "Gemeente " + i, "Provincie-" + (i % 2), "VR-" + (i % 3),
                    "RIEC-" + (i % 2), buren));
            if (random.nextInt(10) > 0) {
                regelsets.put(code, new Regelsetversie(code, 1, regels(random, n).bouw()));
            }
            for (int v = random.nextInt(3); v > 0; v--) {
                Bedrijfstype type = Bedrijfstype.values()[random.nextInt(Bedrijfstype.values().length)];
                LocalDate van = Moment.PEILDATUM.minusYears(random.nextInt(8));
                vergunningen.add(new VergunningInWerking(code + "-" + v, code, type, van,
                        random.nextBoolean() ? null : van.plusYears(1 + random.nextInt(10))));
            }
        }
        return new Momentopname(Moment.PEILDATUM, random.nextBoolean() ? Moment.WRS : Moment.HUIDIGE_WET, gemeenten,
                regelsets, vergunningen, 4.0);
    }

    private static Moment.RegelsBouwer regels(Random random, int n) {
        Moment.RegelsBouwer regels = Moment.regels().minimumleeftijd(18 + random.nextInt(4))
                .registratieplicht(random.nextBoolean()).intakeplicht(random.nextBoolean());
        switch (random.nextInt(4)) {
            case 0 -> regels.erkenning(Erkenning.Soort.ALLE);
            case 1 -> regels.erkenning(Erkenning.Soort.EIGEN);
            case 2 -> regels.erkenning(Erkenning.Soort.LIJST, code(1 + random.nextInt(n)), code(1 + random.nextInt(n)));
            default -> { }
        }
        for (Bedrijfstype type : Bedrijfstype.values()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            List<Openingstijd> tijden = new ArrayList<>();
            for (Openingstijd.Dag dag : Openingstijd.Dag.values()) {
                if (random.nextInt(4) > 0) {
                    tijden.add(new Openingstijd(dag, LocalTime.of(6 + random.nextInt(10), 0),
                            LocalTime.of(random.nextInt(24), 30)));
                }
            }
            regels.type(type, new BedrijfstypeRegels(random.nextInt(5) > 0, random.nextBoolean(),
                    random.nextBoolean() ? null : random.nextInt(3), tijden, random.nextBoolean(), null, null, null, null, null, null));
        }
        if (random.nextInt(5) == 0) {
            regels.registerOpNaam(true);
        }
        if (random.nextInt(5) == 0) {
            regels.taaleisen("nl", "en");
        }
        if (random.nextBoolean()) {
            regels.vergunningtermijnJaren(1 + random.nextInt(5));
        }
        return regels;
    }

    private static String code(int i) {
        return String.format("GM%04d", i);
    }
}
