package nl.sekswerkregister.registratie.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Access requests (GDPR art. 15): at the desk, and by the person themselves. */
@ConfigMapping(prefix = "sekswerkregister.inzage")
public interface InzageConfig {

    /**
     * How many access requests one officer may start per calendar day (Amsterdam), refused ones
     * included. A desk handles a few; more is an officer looking people up, which this limit stops.
     */
    @WithDefault("10")
    int maxVerzoekenPerDag();

    /**
     * The claim in which the identity broker (behind DigiD) puts the data subject's BSN, in tokens with
     * role {@code betrokkene}. A JSON string of nine digits that passes the elfproef; never logged or echoed.
     */
    @WithDefault("bsn")
    String bsnClaim();
}
