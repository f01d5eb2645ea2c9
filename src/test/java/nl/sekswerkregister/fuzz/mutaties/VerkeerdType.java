package nl.sekswerkregister.fuzz.mutaties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/** A value of another JSON type than the contract's schema asks for at that place (a number for text...). */
public final class VerkeerdType implements LichaamMutatie {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<JsonNode> WAARDEN = List.of(JSON.valueToTree(0), JSON.valueToTree(-1), JSON.valueToTree(3.14),
            JSON.valueToTree(true), JSON.valueToTree(false), JSON.valueToTree("tekst"), JSON.valueToTree(""),
            JSON.valueToTree("21"), JSON.valueToTree("true"), JSON.valueToTree(List.of()),
            JSON.valueToTree(List.of(1, "a")), JSON.valueToTree(Map.of()), JSON.valueToTree(Map.of("a", 1)),
            JSON.nullNode());

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        Plek plek = t.kies(Plek.van(v));
        String type = plek.type();
        boolean nullable = nl.sekswerkregister.fuzz.Schema.los(plek.schema).path("nullable").asBoolean(false);
        List<JsonNode> anders = WAARDEN.stream().filter(w -> !past(w, type, nullable)).toList();
        JsonNode nieuw = t.trek(anders.isEmpty() ? WAARDEN : anders);
        plek.zet(nieuw);
        v.lichaamGemuteerd("verkeerd type " + plek.naam + "=" + nieuw + " (schema: " + (type.isEmpty() ? "open" : type) + ")");
    }

    /** Whether the value is of the schema's type (then it is no wrong type). */
    static boolean past(JsonNode w, String type, boolean nullable) {
        return switch (type) {
            case "string" -> w.isTextual();
            case "integer" -> w.isIntegralNumber();
            case "number" -> w.isNumber();
            case "boolean" -> w.isBoolean();
            case "object" -> w.isObject();
            case "array" -> w.isArray();
            default -> false;
        } || (nullable && w.isNull());
    }
}
