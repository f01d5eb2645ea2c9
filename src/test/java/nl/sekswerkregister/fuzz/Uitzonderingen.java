package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a request the validator calls invalid may still be served, because the contract's own
 * words or the RFCs it builds on say so. Each is narrow: one validator message about one thing.
 */
final class Uitzonderingen {

    private Uitzonderingen() {
    }

    /**
     * Why a mutation's "must be refused" does not hold for this request; null if it does. OPTIONS
     * says what a path allows, without a token: CORS preflights carry none (RFC 9110 9.3.7).
     */
    static String waaromToch(Verzoek v) {
        return v.methode.equals("OPTIONS") ? "OPTIONS zegt zonder token wat een pad toestaat (RFC 9110 9.3.7)" : null;
    }

    /** Why this objection of the validator does not forbid a 2xx; null if it does. */
    static String waarom(Verzoek v, String melding) {
        if (melding.startsWith("validation.request.operation.notAllowed")
                && (v.methode.equals("OPTIONS") || v.methode.equals("HEAD") && padHeeft(v, "get"))) {
            return "HEAD op een pad met GET en OPTIONS zijn van HTTP zelf (RFC 9110 9.3.2, 9.3.7)";
        }
        if (melding.startsWith("validation.request.accept.")) {
            return "een server mag Accept negeren en zijn eigen representatie sturen (RFC 9110 12.5.1)";
        }
        if (melding.startsWith("validation.request.body.schema.invalidJson") && v.tekst != null
                && v.tekst.startsWith("\uFEFF")) {
            return "een parser mag een byte order mark voor JSON negeren (RFC 8259 8.1)";
        }
        if (melding.contains("'traceparent'") || melding.contains("^00-[0-9a-f]{32}")) {
            return "contract, traceparent: een waarde in een ander formaat begint een nieuwe trace (geen fout)";
        }
        if (melding.startsWith("validation.request.parameter.collection.invalid") && melding.contains("'If-Match'")) {
            return "contract, If-Match: meerdere ETags zijn toegestaan (een lijst, RFC 9110 13.1.1)";
        }
        if (melding.startsWith("validation.request.parameter.schema.invalidJson") && melding.contains("Leading zeroes")) {
            return "contract: getallen in de query string bestaan uit de cijfers 0-9 (01 is 1; de validator leest ze als JSON)";
        }
        if (melding.startsWith("validation.request.body.schema.additionalProperties") && v.methode.equals("PATCH")
                && v.json != null && alleenNull(v.json, namenUit(melding))) {
            return "in een merge patch haalt null een naam weg die er niet is: dat verandert niets (RFC 7396 2)";
        }
        return null;
    }

    /** The names in the validator's "properties which are not allowed by the schema: [\"a\", \"b\"]". */
    private static List<String> namenUit(String melding) {
        int open = melding.lastIndexOf('[');
        int dicht = melding.lastIndexOf(']');
        if (open < 0 || dicht < open) {
            return List.of();
        }
        return java.util.Arrays.stream(melding.substring(open + 1, dicht).split(","))
                .map(n -> n.trim().replaceAll("^\"|\"$", "")).filter(n -> !n.isEmpty()).toList();
    }

    /** Whether every member with one of these names, anywhere in the body, is null. */
    private static boolean alleenNull(JsonNode node, List<String> namen) {
        if (namen.isEmpty()) {
            return false;
        }
        boolean alleen = true;
        if (node.isObject()) {
            for (String naam : namen) {
                if (node.has(naam) && !node.get(naam).isNull()) {
                    alleen = false;
                }
            }
        }
        for (JsonNode kind : node) {
            alleen &= alleenNull(kind, namen);
        }
        return alleen;
    }

    static boolean padHeeft(Verzoek v, String methode) {
        Set<String> methoden = new java.util.HashSet<>();
        nl.sekswerkregister.support.Contract.document().path("paths").path(v.operatie.sjabloon()).fieldNames()
                .forEachRemaining(m -> methoden.add(m.toLowerCase(Locale.ROOT)));
        return methoden.contains(methode);
    }
}
