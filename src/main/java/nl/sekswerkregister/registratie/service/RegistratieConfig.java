package nl.sekswerkregister.registratie.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.registratie")
public interface RegistratieConfig {

    /** Validity when neither the municipality's rule set nor the national framework sets one. */
    @WithDefault("12")
    int standaardGeldigheidMaanden();

    /** How long a registration is kept after it ended (expired or revoked), then deleted. */
    @WithDefault("6")
    int bewaartermijnMaanden();
}
