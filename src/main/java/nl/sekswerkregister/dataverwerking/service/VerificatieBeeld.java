package nl.sekswerkregister.dataverwerking.service;

import java.time.Instant;

/**
 * Whether the processing log's hash chain is intact and matches every signed checkpoint held
 * against it, where it first breaks, the newest checkpoint it was found to match, and how much is
 * not yet sealed.
 */
public record VerificatieBeeld(boolean intact, long aantalVerzegeld, Long eersteBreukVolgnummer, Long eersteBreukId,
                               String reden, long aantalOnverzegeld, Long oudsteOnverzegeldSeconden,
                               Long checkpointVolgnummer, Instant checkpointTijdstip, Instant gecontroleerdOp) {
}
