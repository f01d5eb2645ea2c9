package nl.sekswerkregister.lappendeken.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.lappendeken")
public interface LappendekenConfig {

    /**
     * Check OPENINGSTIJDEN_VERSCHILLEN reports two municipalities when their hours open on some day
     * differ by more than this many hours.
     */
    @WithDefault("4")
    double openingstijdenDrempelUren();
}
