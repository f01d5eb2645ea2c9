package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A place in a JSON body where a value sits (a field of an object or an element of an array), with
 * the schema the contract gives that place (missing where the contract says nothing about it).
 */
public final class Plek {

    public final JsonNode ouder;
    public final String veld;
    public final int index;
    public final String naam;
    public final JsonNode schema;
    /** What the contract says about this place (for an array's element: about the array). */
    public final String beschrijving;

    private Plek(JsonNode ouder, String veld, int index, String naam, JsonNode schema, String beschrijving) {
        this.ouder = ouder;
        this.veld = veld;
        this.index = index;
        this.naam = naam;
        this.schema = schema;
        this.beschrijving = beschrijving;
    }

    public JsonNode waarde() {
        return veld != null ? ouder.get(veld) : ouder.get(index);
    }

    public void zet(JsonNode waarde) {
        if (ouder instanceof ObjectNode o) {
            o.set(veld, waarde);
        } else {
            ((ArrayNode) ouder).set(index, waarde);
        }
    }

    public String type() {
        return Schema.type(schema);
    }

    /** Every place in the body, depth first, in the body's order. */
    public static List<Plek> van(Verzoek v) {
        List<Plek> uit = new ArrayList<>();
        verzamel(v.json, v.lichaam == null ? null : v.lichaam.schema(), "", "", uit);
        return uit;
    }

    /** The places whose schema has this JSON type (string, integer, ...); all places if none has. */
    public static List<Plek> vanType(Verzoek v, String... typen) {
        List<Plek> alle = van(v);
        List<Plek> passend = alle.stream().filter(p -> List.of(typen).contains(p.type())).toList();
        return passend.isEmpty() ? alle : passend;
    }

    /** An object in the body, with its schema and its name for the report. */
    public record Objectplek(ObjectNode node, JsonNode schema, String naam) {
    }

    /** Every object in the body with its schema: the body itself first. */
    public static List<Objectplek> objecten(Verzoek v) {
        List<Objectplek> uit = new ArrayList<>();
        if (v.json != null && v.json.isObject()) {
            uit.add(new Objectplek((ObjectNode) v.json, v.lichaam == null ? null : v.lichaam.schema(), "(body)"));
        }
        for (Plek p : van(v)) {
            if (p.waarde().isObject()) {
                uit.add(new Objectplek((ObjectNode) p.waarde(), p.schema, p.naam));
            }
        }
        return uit;
    }

    private static void verzamel(JsonNode node, JsonNode schema, String pad, String beschrijving, List<Plek> uit) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            List<String> namen = new ArrayList<>();
            node.fieldNames().forEachRemaining(namen::add);
            for (String n : namen) {
                String naam = pad.isEmpty() ? n : pad + "." + n;
                JsonNode s = Schema.eigenschap(schema, n);
                // A description may sit next to a $ref (as the contract writes it) or in the schema itself.
                JsonNode eigen = Schema.los(schema).path("properties").path(n);
                String b = eigen.path("description").asText(s.path("description").asText(""));
                uit.add(new Plek(node, n, -1, naam, s, b));
                verzamel(node.get(n), s, naam, b, uit);
            }
        } else if (node.isArray()) {
            JsonNode s = Schema.element(schema);
            for (int i = 0; i < node.size(); i++) {
                String b = s.path("description").asText(beschrijving);
                uit.add(new Plek(node, null, i, pad + "[" + i + "]", s, b));
                verzamel(node.get(i), s, pad + "[" + i + "]", b, uit);
            }
        }
    }
}
