package nl.sekswerkregister.aanvraag.service;

import java.time.Instant;
import java.time.LocalDate;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.Historiegebeurtenis;

/** One entry of a case's history: what, the status after it, on which day, and who (subject, roles, organisation). */
public record HistorieBeeld(Historiegebeurtenis gebeurtenis, Aanvraagstatus statusNa, LocalDate datum,
                            Instant vastgelegdOp, String door, String rol, String organisatie) {
}
