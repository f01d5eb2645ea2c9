package nl.sekswerkregister.statistiek;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import nl.sekswerkregister.statistiek.domain.Gebiedsindeling;
import nl.sekswerkregister.statistiek.domain.Geheimhouding;
import nl.sekswerkregister.statistiek.domain.Rooster;

/**
 * How long one suppression pattern takes on a lattice the size of the registrations statistic: 342
 * municipalities in 12 provinces, 25 safety regions and 10 RIEC regions, 7 age bands × 4 statuses,
 * registrations concentrated in a few cities and thin elsewhere. A benchmark, not a test (no timing is
 * asserted anywhere); run after {@code ./mvnw -o test-compile}:
 *
 * <pre>java -cp target/classes:target/test-classes nl.sekswerkregister.statistiek.GeheimhoudingBenchmark</pre>
 */
public final class GeheimhoudingBenchmark {

    private GeheimhoudingBenchmark() {
    }

    public static void main(String[] args) {
        SplittableRandom toeval = new SplittableRandom(42);
        List<Gebiedsindeling.Gemeente> gemeenten = new ArrayList<>();
        for (int i = 0; i < 342; i++) {
            gemeenten.add(new Gebiedsindeling.Gemeente(String.format("GM%04d", i), "G" + i, "P" + (i % 12),
                    "V" + (i % 25), "R" + (i % 10)));
        }
        Gebiedsindeling indeling = new Gebiedsindeling(gemeenten);
        List<List<String>> waarden = List.of(List.of("16-17", "18-20", "21-24", "25-34", "35-44", "45-54", "55+"),
                List.of("ACTIEF", "GESCHORST", "INGETROKKEN", "VERLOPEN"));
        for (int ronde = 0; ronde < 8; ronde++) {
            long[][] basis = new long[342][28];
            for (int g = 0; g < 342; g++) {
                double schaal = g < 10 ? 60 : g < 60 ? 4 : 0.4;
                for (int b = 0; b < 28; b++) {
                    basis[g][b] = toeval.nextDouble() < 0.5 ? 0 : (long) (toeval.nextDouble() * schaal * (b % 4 == 0 ? 3 : 0.3));
                }
            }
            long begin = System.nanoTime();
            Rooster rooster = new Rooster(indeling, waarden, basis);
            BitSet onderdrukt = Geheimhouding.onderdruk(rooster, 10);
            System.out.printf("ronde %d: %d cellen, %d onderdrukt, %d ms%n", ronde, rooster.cellen(),
                    onderdrukt.cardinality(), (System.nanoTime() - begin) / 1_000_000);
        }
    }
}
