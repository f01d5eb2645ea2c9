package nl.sekswerkregister.dataverwerking.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hash chain over the processing log: each sealed record's hash covers its own fields, its
 * position and its predecessor's hash, so changing, removing or reordering any sealed record
 * breaks every link after it.
 */
public final class Ketting {

    /** The predecessor of the first record. */
    public static final String BEGIN = "0".repeat(64);

    private Ketting() {
    }

    public static String hash(long volgnummer, String vorigeHash, Dataverwerking d) {
        String inhoud = Stream.of(volgnummer, vorigeHash, d.id(), d.traceId(), d.spanId(), d.operatie(),
                        d.verwerkingsactiviteit(), d.doelbinding(), d.actor(), d.rol(), d.organisatie(), d.betrokkene(),
                        d.registratieId(), d.startTijd(), d.eindTijd(), d.status())
                .map(v -> Objects.toString(v, ""))
                .collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
