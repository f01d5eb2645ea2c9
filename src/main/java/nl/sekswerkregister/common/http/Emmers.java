package nl.sekswerkregister.common.http;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client: {@code piek} requests at once, refilled at {@code perSeconde}. A bucket that
 * is full again is the same as none, so such entries are dropped when the table is at its bound; if it is
 * still full, new clients share one bucket ({@link #GEDEELD}) until entries fill up again. Per instance:
 * behind a load balancer over n instances a client gets up to n times the limit.
 */
final class Emmers {

    /** The bucket of clients beyond the bound. */
    static final String GEDEELD = "*";

    /** What a request was told: allowed or not, what is left, and when the bucket is full again. */
    record Uitkomst(boolean toegestaan, int limiet, int resterend, long secondenTotVol, long secondenTotVolgende) {
    }

    private final Clock klok;
    private final double perMilliseconde;
    private final int piek;
    private final int maxClients;
    private final Map<String, Emmer> emmers = new ConcurrentHashMap<>();

    Emmers(Clock klok, double perSeconde, int piek, int maxClients) {
        if (perSeconde <= 0 || piek < 1 || maxClients < 1) {
            throw new IllegalArgumentException("perSeconde > 0, piek >= 1 en maxClients >= 1");
        }
        this.klok = klok;
        this.perMilliseconde = perSeconde / 1000.0;
        this.piek = piek;
        this.maxClients = maxClients;
    }

    Uitkomst neem(String client) {
        long nu = klok.millis();
        Emmer emmer = emmers.get(client);
        if (emmer == null) {
            if (emmers.size() >= maxClients) {
                emmers.values().removeIf(e -> e.isVol(nu));
            }
            emmer = emmers.size() >= maxClients ? emmers.computeIfAbsent(GEDEELD, k -> new Emmer(piek, nu))
                    : emmers.computeIfAbsent(client, k -> new Emmer(piek, nu));
        }
        return emmer.neem(nu);
    }

    int aantalClients() {
        return emmers.size();
    }

    private final class Emmer {

        private double tokens;
        private long bijgewerkt;

        Emmer(double tokens, long nu) {
            this.tokens = tokens;
            this.bijgewerkt = nu;
        }

        synchronized boolean isVol(long nu) {
            vulBij(nu);
            return tokens >= piek;
        }

        synchronized Uitkomst neem(long nu) {
            vulBij(nu);
            boolean toegestaan = tokens >= 1;
            if (toegestaan) {
                tokens -= 1;
            }
            long totVol = (long) Math.ceil((piek - tokens) / perMilliseconde / 1000.0);
            long totVolgende = toegestaan ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perMilliseconde / 1000.0));
            return new Uitkomst(toegestaan, piek, (int) Math.floor(tokens), totVol, totVolgende);
        }

        /** A clock that went back (a test, or a corrected system clock) refills nothing. */
        private void vulBij(long nu) {
            if (nu > bijgewerkt) {
                tokens = Math.min(piek, tokens + (nu - bijgewerkt) * perMilliseconde);
                bijgewerkt = nu;
            }
        }
    }
}
