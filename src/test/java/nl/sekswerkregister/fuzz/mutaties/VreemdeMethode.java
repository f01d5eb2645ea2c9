package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;
import nl.sekswerkregister.support.Contract;

/**
 * A method the path does not have in the contract (405), HEAD and OPTIONS, or one HTTP does not know.
 * A method without a body semantics goes without one.
 */
public final class VreemdeMethode implements Mutatie {

    static final List<String> METHODEN = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
            "PROPFIND", "get", "FUZZ");

    @Override
    public int fase() {
        return 3;
    }

    /** Once per request: a second method would only replace the first. */
    @Override
    public boolean past(Verzoek v) {
        return v.methode.equals(v.operatie.methode().toUpperCase(Locale.ROOT));
    }

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        Set<String> bekend = new java.util.HashSet<>();
        Contract.document().path("paths").path(v.operatie.sjabloon()).fieldNames()
                .forEachRemaining(m -> bekend.add(m.toUpperCase(Locale.ROOT)));
        List<String> anders = METHODEN.stream().filter(m -> !bekend.contains(m)).toList();
        String methode = t.trek(anders);
        v.methode = methode;
        if (!Set.of("POST", "PUT", "PATCH").contains(methode)) {
            v.zonderLichaam();
        }
        v.mutatie("methode " + methode);
        if (!Set.of("HEAD", "OPTIONS").contains(methode)) {
            v.moetGeweigerd("het contract kent " + methode + " op " + v.operatie.sjabloon() + " niet");
            if (methode.equals(methode.toUpperCase(Locale.ROOT)) && !methode.equals("FUZZ") && !methode.equals("PROPFIND")) {
                v.verwacht("een methode die het pad niet heeft is 405", s -> s == 405);
            }
        }
    }
}
