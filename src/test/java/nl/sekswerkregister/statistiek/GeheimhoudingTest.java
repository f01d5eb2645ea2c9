package nl.sekswerkregister.statistiek;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.sekswerkregister.statistiek.domain.Gebiedsindeling;
import nl.sekswerkregister.statistiek.domain.Geheimhouding;
import nl.sekswerkregister.statistiek.domain.Rooster;
import org.junit.jupiter.api.Test;

/**
 * The suppression against an attacker ({@link Aanvaller}) on random linked tables: municipalities in
 * provinces, safety regions and RIEC regions that cut across each other, one or two category
 * dimensions, many small counts. Seeded; the seed is in every failure message.
 */
class GeheimhoudingTest {

    private static final long SEED = Long.getLong("geheimhouding.seed", 20260515L);
    private static final int RONDEN = 150;

    @Test
    void geenOnderdrukteCelIsTeHerleidenUitDeGepubliceerdeSommen() {
        SplittableRandom toeval = new SplittableRandom(SEED);
        int metOnderdrukking = 0;
        for (int ronde = 0; ronde < RONDEN; ronde++) {
            long seed = toeval.nextLong();
            Rooster rooster = willekeurig(new SplittableRandom(seed));
            int drempel = 2 + new SplittableRandom(seed).nextInt(10);
            BitSet onderdrukt = Geheimhouding.onderdruk(rooster, drempel);
            Aanvaller<Integer> aanvaller = aanvaller(rooster, onderdrukt);
            String waar = "seed " + seed + " (ronde " + ronde + ", -Dgeheimhouding.seed=" + SEED + "), drempel " + drempel;
            assertThat(aanvaller.exact()).as("exact herleid, " + waar).isEmpty();
            assertThat(aanvaller.vastgepind()).as("door intervallen vastgepind, " + waar).isEmpty();
            for (int c = 0; c < rooster.cellen(); c++) {
                long n = rooster.aantal(c);
                if (n > 0 && n < drempel) {
                    assertThat(onderdrukt.get(c)).as("kleine cel " + c + " onderdrukt, " + waar).isTrue();
                }
                if (n == 0) {
                    assertThat(onderdrukt.get(c)).as("nul wordt gepubliceerd, " + waar).isFalse();
                }
            }
            metOnderdrukking += onderdrukt.isEmpty() ? 0 : 1;
        }
        assertThat(metOnderdrukking).as("de tabellen moeten kleine cellen hebben, anders bewijst dit niets")
                .isGreaterThan(RONDEN / 2);
    }

    @Test
    void zonderSecundaireOnderdrukkingVindtDeAanvallerCellen() {
        SplittableRandom toeval = new SplittableRandom(SEED);
        int gevonden = 0;
        for (int ronde = 0; ronde < 50; ronde++) {
            long seed = toeval.nextLong();
            Rooster rooster = willekeurig(new SplittableRandom(seed));
            BitSet onderdrukt = Geheimhouding.alleenPrimair(rooster, 5);
            Map<Integer, BigInteger[]> herleid = aanvaller(rooster, onderdrukt).exact();
            for (Map.Entry<Integer, BigInteger[]> e : herleid.entrySet()) {
                BigInteger waarde = e.getValue()[0].divide(e.getValue()[1]);
                assertThat(waarde.longValueExact()).as("de aanvaller rekent de echte waarde uit, seed " + seed)
                        .isEqualTo(rooster.aantal(e.getKey()));
            }
            gevonden += herleid.size();
        }
        assertThat(gevonden).as("alleen primaire onderdrukking laat cellen uitrekenen").isPositive();
    }

    @Test
    void eenKleineGemeenteInEenGroteProvincieLektZonderSecundaireOnderdrukking() {
        Gebiedsindeling indeling = new Gebiedsindeling(List.of(
                new Gebiedsindeling.Gemeente("GM0001", "A", "P", "V", "R"),
                new Gebiedsindeling.Gemeente("GM0002", "B", "P", "V", "R"),
                new Gebiedsindeling.Gemeente("GM0003", "C", "P", "V", "R")));
        Rooster rooster = new Rooster(indeling, List.of(List.of("X", "Y")),
                new long[][] {{3, 40}, {25, 30}, {50, 60}});
        assertThat(aanvaller(rooster, Geheimhouding.alleenPrimair(rooster, 10)).exact()).isNotEmpty();
        BitSet onderdrukt = Geheimhouding.onderdruk(rooster, 10);
        assertThat(aanvaller(rooster, onderdrukt).exact()).isEmpty();
        assertThat(onderdrukt.cardinality()).isGreaterThan(1);
    }

    @Test
    void afrondingOpVijfRondtHalvenNaarBoven() {
        assertThat(Geheimhouding.afgerond(12, 5)).isEqualTo(10);
        assertThat(Geheimhouding.afgerond(13, 5)).isEqualTo(15);
        assertThat(Geheimhouding.afgerond(0, 5)).isZero();
        assertThat(Geheimhouding.afgerond(13, 1)).isEqualTo(13);
    }

    static Aanvaller<Integer> aanvaller(Rooster rooster, BitSet onderdrukt) {
        Map<Integer, Long> cellen = new LinkedHashMap<>();
        for (int c = 0; c < rooster.cellen(); c++) {
            cellen.put(c, onderdrukt.get(c) ? null : rooster.aantal(c));
        }
        List<Aanvaller.Som<Integer>> sommen = new ArrayList<>();
        for (Rooster.Som som : rooster.sommen()) {
            sommen.add(new Aanvaller.Som<>(som.totaal(), java.util.Arrays.stream(som.leden()).boxed().toList()));
        }
        return new Aanvaller<>(cellen, sommen);
    }

    /** 4 to 12 municipalities in 1 to 3 provinces, regions drawn independently, counts mostly small. */
    static Rooster willekeurig(SplittableRandom toeval) {
        int aantal = 4 + toeval.nextInt(9);
        int provincies = 1 + toeval.nextInt(3);
        int regios = 1 + toeval.nextInt(3);
        int riec = 1 + toeval.nextInt(2);
        List<Gebiedsindeling.Gemeente> gemeenten = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            gemeenten.add(new Gebiedsindeling.Gemeente(String.format("GM%04d", i), "G" + i, "P" + toeval.nextInt(provincies),
                    "V" + toeval.nextInt(regios), "R" + toeval.nextInt(riec)));
        }
        List<List<String>> waarden = new ArrayList<>();
        int dimensies = 1 + toeval.nextInt(2);
        int basis = 1;
        for (int d = 0; d < dimensies; d++) {
            int n = 2 + toeval.nextInt(2);
            List<String> w = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                w.add("d" + d + "v" + v);
            }
            waarden.add(w);
            basis *= n;
        }
        long[][] aantallen = new long[aantal][basis];
        for (long[] rij : aantallen) {
            for (int b = 0; b < basis; b++) {
                int soort = toeval.nextInt(10);
                rij[b] = soort < 3 ? 0 : soort < 7 ? 1 + toeval.nextInt(6) : 5 + toeval.nextInt(40);
            }
        }
        return new Rooster(new Gebiedsindeling(gemeenten), waarden, aantallen);
    }
}
