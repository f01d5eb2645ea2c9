package nl.sekswerkregister.regelset.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.referentieregelsets")
public interface ReferentieregelsetsConfig {

    /**
     * Publish the rule sets researched from public sources (referentiedata/regelsets-gemeenten.json)
     * at start, in every profile, so the patchwork shows from the first start. Off only where a
     * caller needs a database holding nothing but its own rule sets (the test profile).
     */
    @WithDefault("true")
    boolean laden();
}
