package nl.sekswerkregister.registratie.service;

import java.time.Instant;
import java.util.List;
import nl.sekswerkregister.dataverwerking.service.InzageregelBeeld;

/** A person's whole report, as handed to the person themselves: every processing, and when it was drawn up. */
public record InzagerapportBeeld(List<InzageregelBeeld> verwerkingen, Instant opgesteldOp) {
}
