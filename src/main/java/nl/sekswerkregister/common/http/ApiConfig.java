package nl.sekswerkregister.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.api")
public interface ApiConfig {

    /** Semantic version of the contract; sent as API-Version on every response. Must equal info.version. */
    String versie();

    /** Largest request body accepted, in bytes. Larger bodies get 413 before anything is parsed. */
    @WithDefault("65536")
    int maxBodyBytes();
}
