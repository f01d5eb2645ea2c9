package nl.sekswerkregister.idempotentie;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.idempotentie")
public interface IdempotentieConfig {

    /** How long a key is remembered; a retry after that is treated as a new request. */
    @WithDefault("24")
    int bewaartijdUren();
}
