package nl.sekswerkregister.privacy;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Keys for pseudonyms, held outside the database (configuration or a secret store). Versions are
 * chained (see {@link Pseudonimisering}): every version ever used must stay configured.
 */
@ConfigMapping(prefix = "sekswerkregister.pseudoniemen")
public interface PseudoniemConfig {

    /** The key version new pseudonyms are made with. */
    int actieveVersie();

    /** Base64-encoded keys (at least 32 bytes) by version number. */
    Map<Integer, String> sleutels();
}
