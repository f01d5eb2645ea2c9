package nl.sekswerkregister.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The example of a media type in the contract as a client's tooling sees it. Some media types carry
 * no example of their own, on purpose: the official ADR linter (nlgov:problem-invalid-input) trips
 * over a member named {@code postcode} in a media-type example, so those media types rely on the
 * property-level examples of their schema. Swagger UI, Redoc and Prism then compose the example
 * from the schema; this class does the same, so the tests send what an integrator would see:
 *
 * <ul>
 *   <li>a schema with an {@code example} gives that example (objects too, as in those tools);</li>
 *   <li>{@code $ref} is followed and {@code allOf} is merged; of {@code oneOf}/{@code anyOf} the first
 *       alternative is taken;</li>
 *   <li>an object gives every property that has or can be composed into an example, in the
 *       contract's order, and cannot be composed when a {@code required} property cannot; a
 *       {@code maxProperties} keeps the required properties and then the first others (so for an
 *       either-or object such as Identificatie only the first alternative);</li>
 *   <li>an array gives one element;</li>
 *   <li>a leaf gives its {@code example}, else its {@code default}, else its first {@code enum}
 *       value, and otherwise cannot be composed (tools would make up {@code "string"}: useless).</li>
 * </ul>
 */
public final class Voorbeelden {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Voorbeelden() {
    }

    /**
     * The example of a media-type object: its {@code example}, else the first of its
     * {@code examples} (following a {@code $ref} to components/examples), else the one composed from
     * its schema; empty when there is none of these.
     */
    public static Optional<JsonNode> van(JsonNode contract, JsonNode mediatype) {
        if (mediatype.has("example")) {
            return Optional.of(mediatype.get("example").deepCopy());
        }
        Iterator<JsonNode> examples = mediatype.path("examples").elements();
        if (examples.hasNext()) {
            JsonNode voorbeeld = Contract.los(contract, examples.next());
            if (voorbeeld.has("value")) {
                return Optional.of(voorbeeld.get("value").deepCopy());
            }
        }
        return samengesteld(contract, mediatype.path("schema"));
    }

    /**
     * A raw file (schema {@code type: string, format: binary}): a document's upload and download. Such a
     * media type has an example only where the file's first bytes can be written as YAML text (a PDF); a
     * PNG starts with 0x89 and a TIFF with a zero byte, which YAML does not allow, so those have none.
     */
    public static boolean isBinair(JsonNode mediatype) {
        return "binary".equals(mediatype.path("schema").path("format").asText());
    }

    /** The example composed from a schema (see the class comment); empty if it cannot be composed. */
    public static Optional<JsonNode> samengesteld(JsonNode contract, JsonNode schema) {
        return Optional.ofNullable(stelSamen(contract, schema, new ArrayDeque<>()));
    }

    private static JsonNode stelSamen(JsonNode contract, JsonNode schema, Deque<String> refs) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return null;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (refs.contains(ref)) {
                // A recursive schema: stop here, as the tools do, rather than recurse for ever.
                return null;
            }
            refs.push(ref);
            try {
                return stelSamen(contract, Contract.los(contract, schema), refs);
            } finally {
                refs.pop();
            }
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("allOf")) {
            return stelSamen(contract, voegSamen(contract, schema, new ArrayDeque<>()), refs);
        }
        for (String keuze : new String[]{"oneOf", "anyOf"}) {
            if (schema.path(keuze).size() > 0) {
                return stelSamen(contract, schema.get(keuze).get(0), refs);
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        if (type.equals("object")) {
            return object(contract, schema, refs);
        }
        if (type.equals("array")) {
            JsonNode element = stelSamen(contract, schema.path("items"), refs);
            if (element == null) {
                return schema.path("minItems").asInt(0) > 0 ? null : NODES.arrayNode();
            }
            ArrayNode lijst = NODES.arrayNode();
            lijst.add(element);
            return lijst;
        }
        if (schema.has("default")) {
            return schema.get("default").deepCopy();
        }
        if (schema.path("enum").size() > 0) {
            return schema.get("enum").get(0).deepCopy();
        }
        return null;
    }

    private static JsonNode object(JsonNode contract, JsonNode schema, Deque<String> refs) {
        Set<String> verplicht = new LinkedHashSet<>();
        schema.path("required").forEach(r -> verplicht.add(r.asText()));
        ObjectNode alle = NODES.objectNode();
        Iterable<Map.Entry<String, JsonNode>> eigenschappen = schema.path("properties")::fields;
        for (Map.Entry<String, JsonNode> eigenschap : eigenschappen) {
            JsonNode waarde = stelSamen(contract, eigenschap.getValue(), refs);
            if (waarde != null) {
                alle.set(eigenschap.getKey(), waarde);
            } else if (verplicht.contains(eigenschap.getKey())) {
                return null;
            }
        }
        for (String naam : verplicht) {
            if (!alle.has(naam)) {
                // Required but not among the properties: nothing to compose it from.
                return null;
            }
        }
        int hoogstens = schema.path("maxProperties").asInt(Integer.MAX_VALUE);
        if (alle.size() <= hoogstens) {
            return alle;
        }
        ObjectNode gekozen = NODES.objectNode();
        alle.fields().forEachRemaining(e -> {
            if (verplicht.contains(e.getKey())) {
                gekozen.set(e.getKey(), e.getValue());
            }
        });
        alle.fields().forEachRemaining(e -> {
            if (gekozen.size() < hoogstens && !gekozen.has(e.getKey())) {
                gekozen.set(e.getKey(), e.getValue());
            }
        });
        // Keep the contract's order of the properties.
        ObjectNode geordend = NODES.objectNode();
        alle.fieldNames().forEachRemaining(naam -> {
            if (gekozen.has(naam)) {
                geordend.set(naam, gekozen.get(naam));
            }
        });
        return geordend;
    }

    /**
     * One schema from an {@code allOf}: the schema's own keywords, then those of every part
     * (followed and merged in turn); properties and required lists are united, for the rest the
     * first one wins.
     */
    private static ObjectNode voegSamen(JsonNode contract, JsonNode schema, Deque<String> refs) {
        ObjectNode samen = NODES.objectNode();
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("allOf")) {
                samen.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        for (JsonNode deel : schema.path("allOf")) {
            String ref = deel.path("$ref").asText(null);
            if (ref != null && refs.contains(ref)) {
                continue;
            }
            if (ref != null) {
                refs.push(ref);
            }
            JsonNode opgelost = Contract.los(contract, deel);
            JsonNode plat = opgelost.has("allOf") ? voegSamen(contract, opgelost, refs) : opgelost;
            if (ref != null) {
                refs.pop();
            }
            plat.fields().forEachRemaining(e -> {
                switch (e.getKey()) {
                    case "properties" -> {
                        ObjectNode eigenschappen = samen.has("properties") ? (ObjectNode) samen.get("properties")
                                : samen.putObject("properties");
                        e.getValue().fields().forEachRemaining(p -> {
                            if (!eigenschappen.has(p.getKey())) {
                                eigenschappen.set(p.getKey(), p.getValue());
                            }
                        });
                    }
                    case "required" -> {
                        ArrayNode verplicht = samen.has("required") ? (ArrayNode) samen.get("required")
                                : samen.putArray("required");
                        e.getValue().forEach(r -> {
                            boolean al = false;
                            for (JsonNode bestaand : verplicht) {
                                al |= bestaand.equals(r);
                            }
                            if (!al) {
                                verplicht.add(r);
                            }
                        });
                    }
                    default -> {
                        if (!samen.has(e.getKey())) {
                            samen.set(e.getKey(), e.getValue());
                        }
                    }
                }
            });
        }
        return samen;
    }
}
