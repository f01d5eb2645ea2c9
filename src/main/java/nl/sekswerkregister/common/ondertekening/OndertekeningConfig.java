package nl.sekswerkregister.common.ondertekening;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The service's signing key (Ed25519), held outside the database: with it the service vouches for
 * what it publishes (checkpoints of the processing log, access reports), so that whoever controls
 * the database alone cannot forge them.
 */
@ConfigMapping(prefix = "sekswerkregister.ondertekening")
public interface OndertekeningConfig {

    /** Base64 of the PKCS#8 (DER) form of an Ed25519 private key: {@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}. */
    String sleutel();

    /**
     * Public keys (base64url SPKI, as {@code GET /api/v1/ondertekensleutels} published them) of earlier
     * signing keys, so that what they signed can still be checked after a change of key.
     */
    Optional<List<String>> vorigePubliekeSleutels();
}
