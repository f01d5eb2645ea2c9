package nl.sekswerkregister.dataverwerking.service;

import java.time.Instant;

/** Whether the processing log's hash chain is intact, where it first breaks, and how much is not yet sealed. */
public record VerificatieBeeld(boolean intact, long aantalVerzegeld, Long eersteBreukVolgnummer, Long eersteBreukId,
                               String reden, long aantalOnverzegeld, Long oudsteOnverzegeldSeconden,
                               Instant gecontroleerdOp) {
}
