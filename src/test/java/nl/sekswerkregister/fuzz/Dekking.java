package nl.sekswerkregister.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the run exercised, counted against the contract: every operation, every parameter (per
 * location) and every request body (per media type). A parameter or body counts as sent valid when
 * a request of its operation carried it unmutated and got past authentication, and as mutated when
 * it was the request's one and only mutation. Whatever the contract has and the run never did is a
 * gap, and a gap fails the test: a new operation or parameter is fuzzed from the day it is written.
 */
final class Dekking {

    /** Per operation: requests, 2xx. */
    private final Map<String, int[]> operaties = new LinkedHashMap<>();
    /** Per parameter and per body: sent valid, valid in a 2xx, mutated alone. */
    private final Map<String, int[]> parameters = new LinkedHashMap<>();
    private final Map<String, String> plekVan = new LinkedHashMap<>();
    private final Map<String, int[]> lichamen = new LinkedHashMap<>();
    private final Map<String, Integer> soorten = new TreeMap<>();
    private final Map<Integer, Integer> statussen = new TreeMap<>();
    final List<String> aanvaard = new ArrayList<>();
    private int verzoeken;
    /** Nanoseconds on the wire, in the checks, in the database fingerprint. */
    private final long[] tijden = new long[4];
    private int voorbereidingen;

    void voorbereiding(long nanos) {
        tijden[3] += nanos;
        voorbereidingen++;
    }

    void tijd(long draad, long keuring, long database) {
        tijden[0] += draad;
        tijden[1] += keuring;
        tijden[2] += database;
    }

    void registreer(List<Operatie> lijst) {
        for (Operatie op : lijst) {
            operaties.put(op.naam(), new int[2]);
            for (Parameter p : op.parameters()) {
                parameters.put(op.naam() + " | " + p.sleutel(), new int[3]);
                plekVan.put(op.naam() + " | " + p.sleutel(), p.plek());
            }
            for (Lichaam l : op.lichamen()) {
                lichamen.put(op.naam() + " | body " + l.mediatype(), new int[3]);
            }
        }
    }

    void noteer(Verzoek v, Antwoord a) {
        verzoeken++;
        statussen.merge(a.status(), 1, Integer::sum);
        v.soorten.forEach(s -> soorten.merge(s, 1, Integer::sum));
        Operatie op = v.operatie;
        int[] o = operaties.get(op.naam());
        o[0]++;
        if (a.is2xx()) {
            o[1]++;
        }
        if (!v.methode.equals(op.methode().toUpperCase(Locale.ROOT))) {
            return;
        }
        boolean toegelaten = a.status() != 401 && a.status() != 403;
        boolean alleen = v.mutaties.size() == 1 && v.gemuteerd.size() == 1;
        for (Parameter p : op.parameters()) {
            int[] t = parameters.get(op.naam() + " | " + p.sleutel());
            if (v.gemuteerd.contains(p.sleutel())) {
                if (alleen) {
                    t[2]++;
                }
            } else if (v.draagt(p) && toegelaten) {
                t[0]++;
                if (a.is2xx()) {
                    t[1]++;
                }
            }
        }
        if (v.lichaam != null) {
            int[] t = lichamen.get(op.naam() + " | body " + v.lichaam.mediatype());
            if (v.gemuteerd.contains("body")) {
                if (alleen) {
                    t[2]++;
                }
            } else if (v.heeftLichaam() && toegelaten) {
                t[0]++;
                if (a.is2xx()) {
                    t[1]++;
                }
            }
        }
    }

    /** What the contract has and the run did not do. */
    List<String> gaten() {
        List<String> gaten = new ArrayList<>();
        operaties.forEach((op, t) -> {
            if (t[0] == 0) {
                gaten.add(op + ": nooit verstuurd");
            } else if (t[1] == 0) {
                gaten.add(op + ": nooit geslaagd (geen enkele 2xx)");
            }
        });
        for (Map<String, int[]> m : List.of(parameters, lichamen)) {
            m.forEach((naam, t) -> {
                if (t[0] == 0) {
                    gaten.add(naam + ": nooit geldig verstuurd");
                }
                if (t[2] == 0) {
                    gaten.add(naam + ": nooit (alleen) gemuteerd");
                }
            });
        }
        return gaten;
    }

    List<String> rapport(long seed, long millis) {
        List<String> r = new ArrayList<>();
        r.add("fuzz-dekking (fuzz.seed=" + seed + ", " + String.format(Locale.ROOT, "%.1f", millis / 1000.0) + " s)");
        long geslaagd = operaties.values().stream().filter(t -> t[1] > 0).count();
        r.add("operaties:  " + operaties.size() + " in het contract, " + operaties.values().stream().filter(t -> t[0] > 0).count()
                + " verstuurd, " + geslaagd + " met een 2xx");
        for (String plek : List.of("path", "query", "header")) {
            List<int[]> van = parameters.entrySet().stream().filter(e -> plekVan.get(e.getKey()).equals(plek))
                    .map(Map.Entry::getValue).toList();
            r.add(String.format(Locale.ROOT, "parameters %-6s %3d in het contract, %3d geldig verstuurd (%d in een 2xx), %3d gemuteerd",
                    plek + ":", van.size(), van.stream().filter(t -> t[0] > 0).count(),
                    van.stream().filter(t -> t[1] > 0).count(), van.stream().filter(t -> t[2] > 0).count()));
        }
        r.add(String.format(Locale.ROOT, "bodies:            %3d in het contract, %3d geldig verstuurd (%d in een 2xx), %3d gemuteerd",
                lichamen.size(), lichamen.values().stream().filter(t -> t[0] > 0).count(),
                lichamen.values().stream().filter(t -> t[1] > 0).count(),
                lichamen.values().stream().filter(t -> t[2] > 0).count()));
        r.add("verzoeken:  " + verzoeken + "; statussen " + statussen);
        r.add(String.format(Locale.ROOT, "tijd:       %.1f s op de draad, %.1f s controles, %.1f s vingerafdruk, "
                + "%.1f s voor %d voorbereidingen via de API", tijden[0] / 1e9, tijden[1] / 1e9, tijden[2] / 1e9,
                tijden[3] / 1e9, voorbereidingen));
        r.add("mutaties:   " + soorten);
        r.add("");
        r.add("per operatie (verzoeken / 2xx), per parameter en body (geldig / geldig in 2xx / alleen gemuteerd):");
        operaties.forEach((op, t) -> {
            r.add(String.format(Locale.ROOT, "  %-60s %4d / %4d", op, t[0], t[1]));
            for (Map<String, int[]> m : List.of(parameters, lichamen)) {
                m.forEach((naam, p) -> {
                    if (naam.startsWith(op + " | ")) {
                        r.add(String.format(Locale.ROOT, "      %-56s %4d / %4d / %4d", naam.substring(op.length() + 3),
                                p[0], p[1], p[2]));
                    }
                });
            }
        });
        r.add("");
        r.add(aanvaard.size() + " gemuteerde schrijfverzoeken aanvaard (2xx; vijandige tekst is soms gewoon tekst):");
        aanvaard.forEach(a -> r.add("  " + a));
        return r;
    }
}
