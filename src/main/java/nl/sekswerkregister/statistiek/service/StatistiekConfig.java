package nl.sekswerkregister.statistiek.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sekswerkregister.statistiek")
public interface StatistiekConfig {

    /**
     * The least number of units a published cell of a protected statistic may count (primary
     * suppression below it; zeros are published). Ten is the minimum CBS sets for tables made from
     * microdata in its output rules for Remote Access (output checking). Uncertain: from recollection,
     * not confirmed in a retrieved source (see the README, "Statistics").
     */
    @WithDefault("10")
    int drempel();

    /**
     * Every published figure of a protected statistic is rounded to the nearest multiple of this
     * (halves up), totals independently of their members; 1 publishes exact figures.
     */
    @WithDefault("1")
    int afronding();

    /**
     * How long a request waits for the suppression patterns it needs (Patroonrekenaar) before it gets
     * 503 with Retry-After; the computation goes on, and asking again finds it ready.
     */
    @WithDefault("10s")
    java.time.Duration maxWachttijd();
}
