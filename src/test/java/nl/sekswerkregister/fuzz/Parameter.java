package nl.sekswerkregister.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parameter of an operation as the contract declares it: {@code plek} is {@code path},
 * {@code query} or {@code header}; the schema has its {@code $ref} followed; the description is
 * the contract's text about it.
 */
public record Parameter(String naam, String plek, boolean verplicht, JsonNode schema, String beschrijving) {

    public String sleutel() {
        return plek + " " + naam;
    }
}
