package nl.sekswerkregister.privacy;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Keys for pseudonyms, held outside the database (configuration or a secret store): one key ring
 * per purpose, so that a leaked key exposes one kind of pseudonym and no other. Each ring is
 * versioned; after a rotation ({@link SleutelRotatie}) an older version may be removed.
 */
@ConfigMapping(prefix = "sekswerkregister.pseudoniemen")
public interface PseudoniemConfig {

    /** National registration pseudonyms (one running registration per person, revocation markers). */
    Ring landelijk();

    /** What one municipality's systems see of a registration. */
    Ring gemeente();

    /** Licence managers. */
    Ring beheerder();

    /** Data subjects in the processing log, and the keyed hashes of officers and idempotent requests. */
    Ring logboek();

    /** The configuration of one key ring ({@link Sleutelring} is what the service makes of it). */
    interface Ring {
        /** The key version new pseudonyms are made with. */
        int actieveVersie();

        /** Base64-encoded keys (at least 32 bytes) by version number; at least the active one. */
        Map<Integer, String> sleutels();
    }
}
