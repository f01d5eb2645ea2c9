package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Schema;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * A field the schema does not have (the contract's objects are closed: additionalProperties false):
 * fields of the answer (status, id), prototype pollution, near misses in case, hostile names.
 */
public final class OnbekendVeld implements LichaamMutatie {

    static final List<String> NAMEN = List.of("status", "id", "versie", "__proto__", "constructor", "_links",
            "aangemaaktOp", "pseudoniem", "KvkNummer", "<script>alert(1)</script>", "' or 1=1 --", "\u0000", "",
            "\u202Ekey", "a".repeat(1000), "veld zqxj", "bsn");

    @Override
    public boolean past(Verzoek v) {
        return v.json != null && v.tekst == null && v.bytes == null && !Plek.objecten(v).isEmpty();
    }

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        Plek.Objectplek o = t.kies(Plek.objecten(v));
        String naam = t.trek(NAMEN);
        o.node().set(naam, t.trek(VerkeerdType.WAARDEN));
        boolean bekend = Schema.los(o.schema()).path("properties").has(naam);
        v.lichaamGemuteerd((bekend ? "veld dat het schema hier wel kent: " : "onbekend veld ") + o.naam() + "."
                + (naam.length() > 40 ? naam.substring(0, 40) + "..." : naam));
    }
}
