package nl.sekswerkregister.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Caching and the rate limit of the public paths ({@link OpenbarePaden}); README "Open data". */
@ConfigMapping(prefix = "sekswerkregister.openbaar")
public interface OpenbaarConfig {

    /**
     * How long a cache (a browser, a proxy, a CDN) may reuse a public answer without asking again
     * (Cache-Control max-age). Five minutes: a licence decision or a published rule set shows up in public
     * within that, and a client that revalidates with If-None-Match costs the service little.
     */
    @WithDefault("300")
    int maxAgeSeconden();

    Limiet limiet();

    /** Token bucket per client address, per instance. */
    interface Limiet {

        /** Requests per second a client gets back, on average (the bucket's refill rate). */
        @WithDefault("5")
        double perSeconde();

        /** Requests a client may make at once before the rate applies (the bucket's size). */
        @WithDefault("60")
        int piek();

        /**
         * How many clients are tracked at most. A client whose bucket is full again needs no entry; when
         * more clients than this are short of requests at once, the rest share one bucket, so memory stays
         * bounded under a flood from many addresses.
         */
        @WithDefault("100000")
        int maxClients();

        /**
         * Addresses of reverse proxies whose X-Forwarded-For is believed (exact IP addresses). Empty by
         * default: the client is then the TCP peer, and a forged header changes nothing.
         */
        Optional<List<String>> vertrouwdeProxies();
    }
}
