package nl.sekswerkregister.mensenhandel.service;

import java.time.LocalDate;

/** Which signals within reach to list: of one municipality, and from/to a day (each optional). */
public record SignaalFilter(String gemeenteCode, LocalDate van, LocalDate tot) {
}
