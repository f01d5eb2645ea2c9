package nl.sekswerkregister.common.probleem;

/**
 * One invalid field. {@code name} is the JSON path of the field in the body ("vestigingsadres.postcode")
 * or the name of the path/query parameter. Never carries the submitted value: it may be personal data.
 */
public record OngeldigeParameter(String name, String code, String reason) {
}
