package nl.sekswerkregister.sanctie.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A forfeiture of a penalty: on which day, how much, and the inspection that established the violation. */
public record VerbeurteGegevens(LocalDate datum, BigDecimal bedrag, UUID controleId) {
}
