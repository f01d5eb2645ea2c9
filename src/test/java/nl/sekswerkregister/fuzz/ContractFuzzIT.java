package nl.sekswerkregister.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract-driven fuzzing of the packaged service in its prod profile: every operation of
 * openapi/openapi.yaml, every path, query and header parameter and every request body, first valid
 * (examples, schema-derived values, real ids, a token of each role the operation names), then mutated
 * by each kind in {@code mutaties/}. Every answer is checked ({@link Keuring}: no 5xx, problem+json
 * without traces or echoes on 4xx, valid under the contract, no 2xx for what the contract forbids)
 * and so is the database (no write unless a writing request got 2xx).
 *
 * <p>Seeded from {@code -Dfuzz.seed} (printed; a failure prints it with the exact request);
 * {@code -Dfuzz.aantal} sets the random requests per operation. The coverage lands in
 * target/fuzz-dekking.txt; the test fails on a finding and on any operation, parameter or body of the
 * contract that the run did not exercise.
 */
@ExtendWith(VerpakteDienst.class)
// After the other *IT classes (pom.xml, Failsafe): what the fuzzers send may leave raw paths in the
// service's metrics (requests refused by the HTTP codec), and VerpakteDienstIT checks those as a whole.
@Order(Integer.MAX_VALUE)
class ContractFuzzIT {

    static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    static final int AANTAL = Integer.getInteger("fuzz.aantal", 20);
    static final Path DEKKING = Path.of("target", "fuzz-dekking.txt");
    static final Path BEVINDINGEN = Path.of("target", "fuzz-bevindingen.txt");

    @Test
    void elkeBewerkingParameterEnBodyDoorstaatGeldigeEnVijandigeInvoer() throws Exception {
        System.out.println("[fuzz] fuzz.seed=" + SEED + " (herhaal met -Dfuzz.seed=" + SEED + "), fuzz.aantal=" + AANTAL);
        List<Operatie> operaties = Operaties.uitContract();
        long start = System.nanoTime();
        Fuzzer fuzzer;
        try (Vingerafdruk db = new Vingerafdruk(VerpakteDienst.databaseUrl(), VerpakteDienst.gebruiker(),
                VerpakteDienst.wachtwoord())) {
            fuzzer = new Fuzzer(SEED, AANTAL, new Client(VerpakteDienst.apiPoort()), new Keuring(), db, new Generator());
            fuzzer.draai(operaties);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<String> gaten = fuzzer.dekking.gaten();
        List<String> rapport = new ArrayList<>(fuzzer.dekking.rapport(SEED, millis));
        rapport.add("");
        rapport.add(gaten.size() + " gaten in de dekking" + (gaten.isEmpty() ? "" : ":"));
        gaten.forEach(g -> rapport.add("  " + g));
        rapport.add(fuzzer.bevindingen.size() + " bevindingen" + (fuzzer.bevindingen.isEmpty() ? "" : ": zie " + BEVINDINGEN));
        Files.createDirectories(DEKKING.getParent());
        Files.write(DEKKING, rapport, StandardCharsets.UTF_8);
        // A finding may quote fuzzed input with a lone surrogate, which UTF-8 cannot encode: the report
        // failed to be written and hid every finding behind a MalformedInputException.
        Files.write(BEVINDINGEN, fuzzer.bevindingen.stream().map(b -> b.replaceAll("\\p{Cs}", "\uFFFD")).toList(),
                StandardCharsets.UTF_8);
        rapport.stream().limit(8).forEach(r -> System.out.println("[fuzz] " + r));
        System.out.println("[fuzz] " + gaten.size() + " gaten, " + fuzzer.bevindingen.size() + " bevindingen; zie " + DEKKING);

        assertThat(fuzzer.bevindingen).as("fuzz.seed=" + SEED + ": " + fuzzer.bevindingen.size()
                + " bevindingen (alle in " + BEVINDINGEN + "), de eerste van elke soort:\n"
                + String.join("\n", perSoort(fuzzer.bevindingen))).isEmpty();
        assertThat(gaten).as("wat het contract heeft en de fuzzer niet deed (zie " + DEKKING + ")").isEmpty();
    }

    /** The first finding of each kind (its first line), with how often it came: one defect, one entry. */
    static List<String> perSoort(List<String> bevindingen) {
        Map<String, List<String>> soorten = new LinkedHashMap<>();
        for (String b : bevindingen) {
            String kop = b.lines().findFirst().orElse(b).replaceAll("\\d+", "N");
            soorten.computeIfAbsent(kop, k -> new ArrayList<>()).add(b);
        }
        List<String> uit = new ArrayList<>();
        soorten.values().stream().limit(30).forEach(l -> uit.add((l.size() > 1 ? "(" + l.size() + "x) " : "") + l.get(0)));
        if (soorten.size() > 30) {
            uit.add("... en " + (soorten.size() - 30) + " soorten meer");
        }
        return uit;
    }
}
