package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One request body of an operation: a media type, its schema and its examples (the contract's own,
 * else the one composed from the schema, as support/Voorbeelden does for integrators).
 */
public record Lichaam(String mediatype, JsonNode schema, List<JsonNode> voorbeelden) {
}
