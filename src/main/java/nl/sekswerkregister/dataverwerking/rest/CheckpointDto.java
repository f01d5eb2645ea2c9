package nl.sekswerkregister.dataverwerking.rest;

import java.time.Instant;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;

/**
 * A signed checkpoint of the processing log, as published and as handed back for verification.
 * {@code ondertekendeTekst} is exactly what was signed, so a verifier needs no knowledge of this
 * service to check it: Ed25519 over those UTF-8 bytes with the key {@code sleutelId}.
 */
public record CheckpointDto(long volgnummer, String hash, Instant tijdstip, String sleutelId, String algoritme,
                            String handtekening, String ondertekendeTekst) {

    static CheckpointDto van(Checkpoint c) {
        return new CheckpointDto(c.volgnummer(), c.hash(), c.tijdstip(), c.sleutelId(), "Ed25519", c.handtekening(),
                c.ondertekendeTekst());
    }
}
