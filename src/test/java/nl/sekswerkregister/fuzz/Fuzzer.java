package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.sekswerkregister.fuzz.mutaties.Mutatie;
import nl.sekswerkregister.fuzz.mutaties.Mutaties;
import nl.sekswerkregister.fuzz.mutaties.ParameterMutatie;

/**
 * One round per operation, in a fixed order, each from its own seed (the run's seed mixed with the
 * operation's name, so that one operation's requests do not depend on the others'):
 *
 * <ol>
 *   <li>the working request, which must succeed; a keyed one is sent again and must be replayed;</li>
 *   <li>the working request as every other role the description names, which may not get 403;</li>
 *   <li>valid variants: every optional parameter once, every example of every body once, a few random;</li>
 *   <li>every parameter of the contract mutated alone, {@value #PER_PARAMETER} times;</li>
 *   <li>every body mutated alone by every kind of body mutation;</li>
 *   <li>{@code aantal} requests with one to three random mutations of any kind.</li>
 * </ol>
 *
 * <p>After every request the database's fingerprint is compared: only a 2xx to a writing method may
 * change it. After such a write, an operation on a resource starts again from a fresh one.
 */
final class Fuzzer {

    static final int PER_PARAMETER = 2;
    static final int VARIANTEN = 2;

    private final long seed;
    private final int aantal;
    private final Client client;
    private final Keuring keuring;
    private final Vingerafdruk db;
    private final Generator generator;
    final Dekking dekking = new Dekking();
    final List<String> bevindingen = new ArrayList<>();

    private Generator.Basis basis;
    private String stand;

    Fuzzer(long seed, int aantal, Client client, Keuring keuring, Vingerafdruk db, Generator generator) {
        this.seed = seed;
        this.aantal = aantal;
        this.client = client;
        this.keuring = keuring;
        this.db = db;
        this.generator = generator;
    }

    void draai(List<Operatie> operaties) throws Exception {
        dekking.registreer(operaties);
        for (Operatie op : operaties) {
            ronde(op);
        }
    }

    private void ronde(Operatie op) throws Exception {
        Trekker t = new Trekker(seed ^ (op.naam().hashCode() * 0x9E3779B97F4A7C15L));
        long t0 = System.nanoTime();
        basis = generator.bereid(op);
        dekking.voorbereiding(System.nanoTime() - t0);
        stand = db.neem();
        String rol = op.openbaar() ? "auditor" : op.rollen().get(0);

        Verzoek werkend = generator.werkend(basis, rol, t);
        Antwoord eerste = stuur(werkend);
        if (eerste != null && eerste.is2xx() && werkend.kop("Idempotency-Key") != null) {
            herhaal(werkend, eerste);
        }

        for (String andere : op.rollen().subList(Math.min(1, op.rollen().size()), op.rollen().size())) {
            Verzoek v = generator.werkend(basis, andere, t);
            v.basis = false;
            v.rolUitBeschrijving = andere;
            stuur(v);
        }

        for (Parameter p : op.parameters()) {
            if (!p.verplicht() && Generator.verstuurbaar(p)) {
                stuur(generator.metParameter(basis, rol, p, t));
            }
        }
        for (Lichaam l : op.lichamen()) {
            for (JsonNode voorbeeld : l.voorbeelden()) {
                if (l != op.lichamen().get(0) || voorbeeld != l.voorbeelden().get(0)) {
                    stuur(generator.metLichaam(basis, rol, l, voorbeeld, t));
                }
            }
        }
        for (int i = 0; i < VARIANTEN; i++) {
            stuur(generator.variant(basis, rol, t));
        }

        for (Parameter p : op.parameters()) {
            for (ParameterMutatie m : Mutaties.PER_PARAMETER) {
                for (int i = 0; m.past(p) && i < PER_PARAMETER; i++) {
                    Verzoek v = gemuteerd(generator.werkend(basis, rol, t));
                    m.pasToe(v, p, t);
                    v.soorten.add(m.naam());
                    stuur(v);
                }
            }
        }

        for (Lichaam l : op.lichamen()) {
            for (Mutatie m : Mutaties.OP_HET_LICHAAM) {
                Verzoek v = gemuteerd(generator.metLichaam(basis, rol, l, l.voorbeelden().get(0), t));
                if (m.past(v)) {
                    m.pasToe(v, t);
                    v.soorten.add(m.naam());
                    stuur(v);
                }
            }
        }

        for (int i = 0; i < aantal; i++) {
            Verzoek v = gemuteerd(t.kans(1, 4) ? generator.variant(basis, rol, t) : generator.werkend(basis, rol, t));
            muteer(v, t);
            stuur(v);
        }
    }

    private static Verzoek gemuteerd(Verzoek v) {
        v.basis = false;
        return v;
    }

    /**
     * One to three mutations of different kinds that fit, applied tree first, then text, then the
     * request (two of a kind would only undo each other: a second token replaces the first).
     */
    private static void muteer(Verzoek v, Trekker t) {
        int n = t.kans(7, 10) ? 1 : t.kans(7, 10) ? 2 : 3;
        List<Mutatie> gekozen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Mutatie> passend = Mutaties.ALLE.stream().filter(m -> m.past(v) && !gekozen.contains(m)).toList();
            if (!passend.isEmpty()) {
                gekozen.add(t.kies(passend));
            }
        }
        gekozen.sort(Comparator.comparingInt(Mutatie::fase));
        for (Mutatie m : gekozen) {
            if (m.past(v)) {
                m.pasToe(v, t);
                v.soorten.add(m.naam());
            }
        }
    }

    /** Sends, checks the answer and what was written; returns null when no answer came. */
    private Antwoord stuur(Verzoek v) throws SQLException, InterruptedException {
        Antwoord a;
        long t0 = System.nanoTime();
        try {
            a = client.stuur(v);
        } catch (IOException e) {
            bevinding(v, null, "geen antwoord: " + e);
            return null;
        }
        long t1 = System.nanoTime();
        List<String> fouten = new ArrayList<>(keuring.keur(v, a));
        if (v.rolUitBeschrijving != null && a.status() == 403) {
            fouten.add("de rol " + v.rolUitBeschrijving + " staat bij de rollen van de bewerking, maar krijgt 403");
        }
        long t2 = System.nanoTime();
        String na = db.neem();
        dekking.tijd(t1 - t0, t2 - t1, System.nanoTime() - t2);
        if (!na.equals(stand)) {
            boolean schrijvend = !v.methode.equals("GET") && !v.methode.equals("HEAD");
            if (!a.is2xx() || !schrijvend) {
                fouten.add("schreef in de database bij status " + a.status() + ": " + Vingerafdruk.verschil(stand, na));
            } else {
                if (!v.mutaties.isEmpty()) {
                    dekking.aanvaard.add(v.operatie.naam() + " " + a.status() + " " + v.mutaties);
                }
                if (!v.operatie.op("path").isEmpty()) {
                    // The request changed the resource it works on (a decision taken, a new ETag):
                    // go on from a fresh one. Collections need no such thing.
                    long t = System.nanoTime();
                    basis = generator.ververs(basis);
                    dekking.voorbereiding(System.nanoTime() - t);
                    na = db.neem();
                }
            }
            stand = na;
        }
        dekking.noteer(v, a);
        for (String f : fouten) {
            bevinding(v, a, f);
        }
        return a;
    }

    /** The same keyed request again: the stored answer, marked as a replay, and nothing written. */
    private void herhaal(Verzoek v, Antwoord eerste) throws SQLException, InterruptedException {
        String voor = stand;
        Antwoord a;
        try {
            a = client.stuur(v);
        } catch (IOException e) {
            bevinding(v, null, "herhaling: geen antwoord: " + e);
            return;
        }
        List<String> fouten = new ArrayList<>(keuring.keur(v, a));
        if (a.status() != eerste.status() || !"true".equals(a.kop("Idempotent-Replayed"))) {
            fouten.add("herhaling met dezelfde Idempotency-Key gaf " + a.status() + " (eerst " + eerste.status()
                    + "), Idempotent-Replayed: " + a.kop("Idempotent-Replayed"));
        }
        String na = db.neem();
        if (!na.equals(voor)) {
            fouten.add("herhaling met dezelfde Idempotency-Key schreef: " + Vingerafdruk.verschil(voor, na));
            stand = na;
        }
        dekking.noteer(v, a);
        fouten.forEach(f -> bevinding(v, a, "herhaling: " + f));
    }

    private void bevinding(Verzoek v, Antwoord a, String wat) {
        bevindingen.add(v.operatie.naam() + ": " + wat
                + "\n    herhaal met: -Dfuzz.seed=" + seed
                + "\n    mutaties: " + (v.mutaties.isEmpty() ? "(geen: werkend verzoek)" : v.mutaties)
                + "\n    verzoek:  " + v.beschrijving()
                + (a == null ? "" : "\n    antwoord: " + a.status() + " " + a.kop("content-type") + " "
                + Verzoek.knip(a.body(), 600)));
    }
}
