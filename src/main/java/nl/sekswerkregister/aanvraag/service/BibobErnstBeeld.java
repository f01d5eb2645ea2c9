package nl.sekswerkregister.aanvraag.service;

import java.time.LocalDate;

/**
 * For the national history of an operator: a Bibob advice of serious danger in another municipality,
 * with that municipality, the licence applied for and the day the advice came. Nothing else.
 */
public record BibobErnstBeeld(String gemeenteCode, String vergunningnummer, LocalDate adviesOntvangenOp) {
}
