package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.sekswerkregister.support.Contract;

/** Reading the contract's schemas: {@code $ref} followed, {@code allOf} merged. */
public final class Schema {

    private Schema() {
    }

    /** The schema itself: references followed and an {@code allOf} merged into one object. */
    public static JsonNode los(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return MissingNode.getInstance();
        }
        JsonNode s = Contract.los(Contract.document(), schema);
        if (!s.has("allOf")) {
            return s;
        }
        ObjectNode samen = JsonNodeFactory.instance.objectNode();
        s.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("allOf")) {
                samen.set(e.getKey(), e.getValue());
            }
        });
        for (JsonNode deel : s.get("allOf")) {
            los(deel).fields().forEachRemaining(e -> {
                if (e.getKey().equals("properties") && samen.has("properties")) {
                    ObjectNode eigen = ((ObjectNode) samen.get("properties")).deepCopy();
                    e.getValue().fields().forEachRemaining(p -> eigen.putIfAbsent(p.getKey(), p.getValue()));
                    samen.set("properties", eigen);
                } else if (!samen.has(e.getKey())) {
                    samen.set(e.getKey(), e.getValue());
                }
            });
        }
        return samen;
    }

    /** The schema of a property; missing when the schema does not name it. */
    public static JsonNode eigenschap(JsonNode schema, String naam) {
        return los(los(schema).path("properties").path(naam));
    }

    /** The schema of an array's elements. */
    public static JsonNode element(JsonNode schema) {
        return los(los(schema).path("items"));
    }

    /** The JSON type the schema asks for: object, array, string, integer, number, boolean, or "" when open. */
    public static String type(JsonNode schema) {
        JsonNode s = los(schema);
        return s.path("type").asText(s.has("properties") ? "object" : "");
    }

    public static Set<String> verplicht(JsonNode schema) {
        Set<String> namen = new LinkedHashSet<>();
        los(schema).path("required").forEach(r -> namen.add(r.asText()));
        return namen;
    }

    public static String formaat(JsonNode schema) {
        return los(schema).path("format").asText("");
    }
}
