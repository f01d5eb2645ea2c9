package nl.sekswerkregister.fuzz.mutaties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.sekswerkregister.fuzz.Parameter;
import nl.sekswerkregister.fuzz.Schema;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * An odd value for a path parameter: another format, traversal and separators (percent-encoded, so
 * the path keeps its shape; raw ones are RauweInvoerIT's), numbers at their edges, the real value in
 * another case or with a space, and values of the right format that do not exist (which an error
 * may not repeat).
 */
public final class VreemdePadwaarde implements ParameterMutatie {

    static final List<String> WAARDEN = List.of("", "x", "..", ".", "../../exploitanten", "a/b", "%2F", "%00",
            "\u0000", "\u00C0\u00AE", "\u202E", "\uD83D\uDCA5", "' or 1=1 --", "<script>alert(1)</script>",
            "x".repeat(300), "x".repeat(5_000), "-1", "0", "1e3", "9223372036854775808", "99999999999999999999", "1.5",
            "0x10", "+1", " 1", "100000", "100001", "*", "$", ";", ";jsessionid=1", "?", "#", "%", "null",
            "undefined", "\uFF27\uFF2D0363", "{gemeenteCode}");

    @Override
    public boolean past(Parameter p) {
        return p.plek().equals("path");
    }

    @Override
    public void pasToe(Verzoek v, Parameter p, Trekker t) {
        String echt = v.waarde(p);
        List<String> waarden = new ArrayList<>(WAARDEN);
        if (echt != null && !echt.isEmpty()) {
            waarden.addAll(List.of(echt.toLowerCase(Locale.ROOT), echt + " ", " " + echt, echt + "\u0000", echt + "x",
                    echt.substring(0, echt.length() - 1)));
        }
        String nietBestaand = nietBestaand(p, t);
        if (nietBestaand != null && t.kans(1, 4)) {
            v.zet(p, nietBestaand);
            v.merktekens.add(nietBestaand);
            v.gemuteerd(p, "bestaat niet: " + nietBestaand);
            return;
        }
        String waarde = t.trek(waarden);
        v.zet(p, waarde);
        v.gemuteerd(p, "\"" + (waarde.length() > 40 ? waarde.substring(0, 40) + "...(" + waarde.length() + ")" : waarde) + "\"");
    }

    /** A value of the parameter's own format that names nothing; null where the format says too little. */
    static String nietBestaand(Parameter p, Trekker t) {
        String patroon = Schema.los(p.schema()).path("pattern").asText("");
        if (Schema.formaat(p.schema()).equals("uuid")) {
            return new UUID(t.getal(Integer.MAX_VALUE) * 31L + 7, t.getal(Integer.MAX_VALUE)).toString();
        }
        if (patroon.startsWith("^GM[0-9]{4}-")) {
            return String.format("GM0363-2019-%06d", 900_000 + t.getal(99_999));
        }
        if (patroon.contains("0-9A-HJKMNP-TV-Z")) {
            String alfabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
            return t.tekens(alfabet, 4) + "-" + t.tekens(alfabet, 4) + "-" + t.tekens(alfabet, 3);
        }
        if (Schema.type(p.schema()).equals("integer")) {
            return String.valueOf(Schema.los(p.schema()).path("maximum").asLong(100_000));
        }
        return null;
    }
}
