package nl.sekswerkregister.common.ondertekening;

import io.smallrye.config.ConfigMapping;

/**
 * The service's signing key (Ed25519), held outside the database: with it the service vouches for
 * what it publishes (checkpoints of the processing log, access reports), so that whoever controls
 * the database alone cannot forge them.
 */
@ConfigMapping(prefix = "sekswerkregister.ondertekening")
public interface OndertekeningConfig {

    /** Base64 of the PKCS#8 (DER) form of an Ed25519 private key: {@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}. */
    String sleutel();
}
