package nl.sekswerkregister.dataverwerking.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A signed statement "the processing log's record {@code volgnummer} has hash {@code hash}", made
 * at {@code tijdstip} with the key {@code sleutelId}. Because every record's hash covers its
 * predecessor's, it vouches for the whole log up to that record. The signed text is fixed here, one
 * value per line, so that anyone can check a checkpoint with nothing but the published public key.
 */
public record Checkpoint(long volgnummer, String hash, Instant tijdstip, String sleutelId, String handtekening) {

    public static final String SOORT = "sekswerkregister-logboek-checkpoint/1";

    /** The exact text that is signed. Time in UTC to the microsecond, as PostgreSQL keeps it. */
    public static String ondertekendeTekst(long volgnummer, String hash, Instant tijdstip) {
        return SOORT + "\n" + volgnummer + "\n" + hash + "\n" + DateTimeFormatter.ISO_INSTANT.format(tijdstip) + "\n";
    }

    public String ondertekendeTekst() {
        return ondertekendeTekst(volgnummer, hash, tijdstip);
    }
}
