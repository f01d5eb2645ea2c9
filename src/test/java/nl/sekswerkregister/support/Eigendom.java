package nl.sekswerkregister.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a test class owns, so that no two classes touch the same data and each runs alone and in any
 * order, on the one database the whole suite shares:
 *
 * <ul>
 *   <li><b>municipalities</b>: every class that writes licences, decisions, rule sets or
 *       registrations gets municipalities of its own from the 342 reference municipalities. So no
 *       other class publishes a rule set there, fills its cap, moves its licence numbers or
 *       registers in it. {@link Testdata} refuses to write in a municipality nobody was handed;</li>
 *   <li><b>years</b>: far-future years in which only the owner's rule sets are in force, for
 *       assertions over the whole country (the national patchwork index, national conflicts) that
 *       any other municipality's rules on that date would change.</li>
 * </ul>
 *
 * Operators need nothing here: they are national, and each test registers the ones it uses under a
 * fresh KvK number ({@link Testdata#nieuwKvkNummer()}); persons get a fresh BSN ({@link Personen}).
 *
 * <p>Ownership is handed out while the suite runs, in the order classes ask, and recorded by class
 * name: asking again gives the same municipalities. All {@code @QuarkusTest} classes run in one
 * application and one class loader, so they share this ledger; a restarted application (another
 * test profile) starts on an emptied database, and then a fresh ledger is right.
 */
public final class Eigendom {

    /**
     * Never handed out: tests that only name a municipality (a token's claim, reference data they
     * read, a number that does not exist) use these, and so do the fuzz test and the packaged-service
     * probe, which write in GM0363.
     */
    static final Set<String> GEDEELD = Set.of("GM0363", "GM0599");

    /**
     * Taken only as a whole, by one class ({@link #provincie}): a province's conflicts depend on all
     * its municipalities, and the class's assertions name them.
     */
    static final Set<String> HELE_PROVINCIES = Set.of("Groningen");

    /**
     * Years are handed out from here up to 2999, the last year the contract accepts. Tests use fixed
     * years below it (2031 to 2034 in their own municipalities, 2090, and the fuzz test's from 2201),
     * and every rule set they publish ends (RegelsetTest's one open-ended version is ended by its
     * successor in the same test), so none of them is in force in a year handed out here.
     */
    static final int EERSTE_JAAR = 2700;
    static final int LAATSTE_JAAR = 2999;

    record Gemeente(String code, String naam, String provincie, List<String> buren) {
    }

    private static final Map<String, Gemeente> GEMEENTEN = lees();
    private static final Deque<String> VRIJ = new ArrayDeque<>();
    private static final Map<String, List<String>> PER_KLASSE = new HashMap<>();
    private static final Map<String, String> EIGENAAR = new HashMap<>();
    private static int volgendJaar = EERSTE_JAAR;

    static {
        GEMEENTEN.values().stream()
                .filter(g -> !GEDEELD.contains(g.code()) && !HELE_PROVINCIES.contains(g.provincie()))
                .forEach(g -> VRIJ.add(g.code()));
    }

    private Eigendom() {
    }

    /** A municipality of this test class's own. */
    public static String gemeente(Class<?> testklasse) {
        return gemeenten(testklasse, 1).get(0);
    }

    /** The first {@code aantal} municipalities of this test class's own (the same ones on every call). */
    public static synchronized List<String> gemeenten(Class<?> testklasse, int aantal) {
        List<String> eigen = PER_KLASSE.computeIfAbsent(testklasse.getName(), k -> new ArrayList<>());
        while (eigen.size() < aantal) {
            String code = VRIJ.poll();
            if (code == null) {
                throw new IllegalStateException("Geen vrije gemeenten meer voor " + testklasse.getName());
            }
            eigen.add(code);
            EIGENAAR.put(code, testklasse.getName());
        }
        return List.copyOf(eigen.subList(0, aantal));
    }

    /**
     * Two free municipalities that share a border, of this test class's own (a new pair on every call):
     * for what is measured at a border between neighbours. Taken from the free ones, like
     * {@link #gemeenten}, so another class never writes in either.
     */
    public static synchronized List<String> buren(Class<?> testklasse) {
        for (String code : VRIJ) {
            for (String buur : GEMEENTEN.get(code).buren()) {
                if (VRIJ.contains(buur)) {
                    VRIJ.remove(code);
                    VRIJ.remove(buur);
                    for (String eigen : List.of(code, buur)) {
                        PER_KLASSE.computeIfAbsent(testklasse.getName(), k -> new ArrayList<>()).add(eigen);
                        EIGENAAR.put(eigen, testklasse.getName());
                    }
                    return List.of(code, buur);
                }
            }
        }
        throw new IllegalStateException("Geen vrije buurgemeenten meer voor " + testklasse.getName());
    }

    /**
     * A whole province, for a class whose assertions name its municipalities: their codes by name.
     * Only one class may hold it; a second one fails here rather than in its assertions.
     */
    public static synchronized Map<String, String> provincie(Class<?> testklasse, String provincie) {
        if (!HELE_PROVINCIES.contains(provincie)) {
            throw new IllegalArgumentException(provincie + " staat niet in Eigendom.HELE_PROVINCIES");
        }
        Map<String, String> perNaam = new LinkedHashMap<>();
        for (Gemeente g : GEMEENTEN.values()) {
            if (g.provincie().equals(provincie)) {
                String eigenaar = EIGENAAR.putIfAbsent(g.code(), testklasse.getName());
                if (eigenaar != null && !eigenaar.equals(testklasse.getName())) {
                    throw new IllegalStateException("Provincie " + provincie + " is al van " + eigenaar);
                }
                perNaam.put(g.naam(), g.code());
            }
        }
        return perNaam;
    }

    /** A year of this test class's own: a new one on every call. */
    public static synchronized int jaar(Class<?> testklasse) {
        if (volgendJaar > LAATSTE_JAAR) {
            throw new IllegalStateException("Geen vrije jaren meer voor " + testklasse.getName());
        }
        return volgendJaar++;
    }

    /** The name of a municipality, e.g. "Amsterdam" for GM0363. */
    public static String naam(String gemeenteCode) {
        Gemeente gemeente = GEMEENTEN.get(gemeenteCode);
        if (gemeente == null) {
            throw new IllegalArgumentException("Geen gemeente: " + gemeenteCode);
        }
        return gemeente.naam();
    }

    /**
     * Fails for a real municipality that no test class was handed: a test that writes there could
     * meet another's data. Codes that are no municipality (for a 400 or 404) pass.
     */
    public static synchronized String vereisEigenaar(String gemeenteCode) {
        if (GEMEENTEN.containsKey(gemeenteCode) && !GEDEELD.contains(gemeenteCode)
                && !EIGENAAR.containsKey(gemeenteCode)) {
            throw new IllegalStateException(gemeenteCode + " is van geen enkele testklasse: neem een gemeente van "
                    + "Eigendom.gemeente(..) voordat je er schrijft");
        }
        return gemeenteCode;
    }

    /** referentiedata/gemeenten-2025.csv: code, name, province, … (a name with a comma is quoted). */
    private static Map<String, Gemeente> lees() {
        try (InputStream in = Eigendom.class.getResourceAsStream("/referentiedata/gemeenten-2025.csv");
             BufferedReader regels = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Gemeente> gemeenten = new LinkedHashMap<>();
            regels.readLine();
            for (String regel = regels.readLine(); regel != null; regel = regels.readLine()) {
                List<String> velden = velden(regel);
                gemeenten.put(velden.get(0), new Gemeente(velden.get(0), velden.get(1), velden.get(2),
                        velden.get(5).isEmpty() ? List.of() : List.of(velden.get(5).split(";"))));
            }
            return gemeenten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> velden(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean geciteerd = false;
        for (char c : regel.toCharArray()) {
            if (c == '"') {
                geciteerd = !geciteerd;
            } else if (c == ',' && !geciteerd) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }
}
