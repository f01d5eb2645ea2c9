package nl.sekswerkregister.dataverwerking.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;

/**
 * Body of POST /dataverwerkingen/verificatie: a checkpoint the auditor holds (from a witness, or
 * from an earlier GET /dataverwerkingen/checkpoints/laatste). Its text is rebuilt from the values,
 * so the copy of {@code ondertekendeTekst} that a published checkpoint carries may come along but
 * is not trusted.
 */
public record CheckpointVerzoek(@NotNull @Min(1) Long volgnummer,
                                @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "moet 64 kleine hexadecimale tekens zijn") String hash,
                                @NotNull Instant tijdstip,
                                @NotNull @Pattern(regexp = "[0-9a-f]{16}", message = "moet 16 kleine hexadecimale tekens zijn") String sleutelId,
                                @Pattern(regexp = "Ed25519", message = "moet Ed25519 zijn") String algoritme,
                                @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{86}", message = "moet een Ed25519-handtekening zijn (base64url, 86 tekens)") String handtekening,
                                String ondertekendeTekst) {

    Checkpoint alsCheckpoint() {
        return new Checkpoint(volgnummer, hash, tijdstip, sleutelId, handtekening);
    }
}
