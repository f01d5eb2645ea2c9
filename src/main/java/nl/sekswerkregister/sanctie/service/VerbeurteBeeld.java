package nl.sekswerkregister.sanctie.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded forfeiture, and what has been forfeited of the penalty in total with it. */
public record VerbeurteBeeld(UUID id, UUID sanctieId, LocalDate datum, BigDecimal bedrag, UUID controleId,
                             Instant vastgelegdOp, String vastgelegdRol, BigDecimal totaalVerbeurd,
                             BigDecimal maximumbedrag) {
}
