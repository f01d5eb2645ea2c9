package nl.sekswerkregister.gebeurtenis.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Events, subscriptions and their delivery (README "Events"). */
@ConfigMapping(prefix = "sekswerkregister.gebeurtenissen")
public interface GebeurtenissenConfig {

    /**
     * The CloudEvents {@code source}: this system, as a URN with the organisation's OIN (NL GOV profile for
     * CloudEvents). A deployment sets its own OIN; the default names none.
     */
    @WithDefault("urn:nld:oin:00000000000000000000:systeem:sekswerkregister")
    String bron();

    /** The public base URL of this API (e.g. https://sekswerkregister.gemeente.example), for {@code dataref}; without it no dataref. */
    Optional<String> apiBasisUrl();

    /**
     * The URL prefixes an administrator allows as webhook receivers, e.g.
     * {@code https://zaken.gemeente.example/hooks/}. None: no subscription is possible. A prefix with
     * {@code http:} allows plain HTTP for that prefix only.
     */
    Optional<List<String>> ontvangers();

    Aflevering aflevering();

    Verloop verloop();

    interface Aflevering {
        /** How often each instance looks for deliveries that are due (a new event wakes it at once). */
        @WithDefault("1s")
        String interval();

        /** Deliveries at once per instance: the bounded pool that webhooks never take more than. */
        @WithDefault("4")
        int gelijktijdig();

        @WithDefault("PT5S")
        Duration verbindingstijd();

        /** The whole exchange, from connecting to the end of the response. */
        @WithDefault("PT10S")
        Duration antwoordtijd();

        /**
         * How long a claimed delivery is this instance's; after it another instance may deliver it (the
         * claimant crashed). Longer than the connect and response time together.
         */
        @WithDefault("PT60S")
        Duration claimduur();

        /** The first wait after a failure; it doubles after every next one, up to {@link #maximaleWachttijd()}. */
        @WithDefault("PT10S")
        Duration wachttijd();

        @WithDefault("PT1H")
        Duration maximaleWachttijd();

        /** After this many failed attempts a delivery is a dead letter, until an administrator replays it. */
        @WithDefault("12")
        int maximumPogingen();
    }

    interface Verloop {
        /** How often one instance looks for licences, closures and registrations that ended by date. */
        @WithDefault("1m")
        String interval();

        /** How far back an ending is still reported: covers a service that was down for a while. */
        @WithDefault("7")
        int terugblikDagen();
    }
}
