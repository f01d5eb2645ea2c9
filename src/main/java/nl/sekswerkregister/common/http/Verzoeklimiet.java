package nl.sekswerkregister.common.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.sekswerkregister.common.probleem.ProbleemSoort;

/**
 * The rate limit of the public paths ({@link OpenbarePaden}): a token bucket per client address
 * ({@link Emmers}), checked before anything else reads the request, so that a flood costs a map lookup.
 * Authenticated paths are not limited here: their callers are known organisations, accountable by token.
 *
 * <p>Headers: {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds
 * until the bucket is full again) as in draft-ietf-httpapi-ratelimit-headers up to -06, which gateways
 * and client libraries understand today; the later drafts' structured {@code RateLimit}/{@code
 * RateLimit-Policy} fields are still changing between revisions. A refusal is 429 problem+json with
 * {@code Retry-After} (RFC 9110), the seconds until one request is allowed again.
 */
@ApplicationScoped
public class Verzoeklimiet {

    private final Emmers emmers;
    private final Set<String> vertrouwdeProxies;
    private final ProbleemAntwoorden antwoorden;

    public Verzoeklimiet(OpenbaarConfig config, Clock klok, ProbleemAntwoorden antwoorden) {
        OpenbaarConfig.Limiet limiet = config.limiet();
        this.emmers = new Emmers(klok, limiet.perSeconde(), limiet.piek(), limiet.maxClients());
        this.vertrouwdeProxies = Set.copyOf(limiet.vertrouwdeProxies().orElse(List.of()));
        this.antwoorden = antwoorden;
    }

    void registreer(@Observes Router router) {
        // Right after HttpConventies (Integer.MIN_VALUE), which gives every answer, a 429 too, its headers.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::beperk);
    }

    private void beperk(RoutingContext ctx) {
        if (!OpenbarePaden.omvat(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        Emmers.Uitkomst uitkomst = emmers.neem(client(ctx));
        var headers = ctx.response().headers();
        headers.set("RateLimit-Limit", String.valueOf(uitkomst.limiet()));
        headers.set("RateLimit-Remaining", String.valueOf(uitkomst.resterend()));
        headers.set("RateLimit-Reset", String.valueOf(uitkomst.secondenTotVol()));
        if (uitkomst.toegestaan()) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(ProbleemSoort.TE_VEEL_VERZOEKEN.status())
                .putHeader("Retry-After", String.valueOf(uitkomst.secondenTotVolgende()))
                .putHeader(HttpHeaders.CONTENT_TYPE, nl.sekswerkregister.common.probleem.Probleem.MEDIA_TYPE)
                .end(antwoorden.json(ProbleemSoort.TE_VEEL_VERZOEKEN, "U heeft de open data vaker opgevraagd dan deze "
                        + "dienst per client toestaat (" + uitkomst.limiet() + " verzoeken achter elkaar, daarna gemiddeld "
                        + "een beperkt aantal per seconde). Probeer het over " + uitkomst.secondenTotVolgende()
                        + " seconden opnieuw, of gebruik If-None-Match.", ctx.get(RequestId.SLEUTEL), List.of()));
    }

    /**
     * The TCP peer; behind a trusted proxy, the right-most address in X-Forwarded-For that is not itself a
     * trusted proxy (the left part of that header is whatever the client wrote).
     */
    String client(RoutingContext ctx) {
        SocketAddress peer = ctx.request().remoteAddress();
        String adres = peer == null ? "onbekend" : peer.hostAddress();
        if (!vertrouwdeProxies.contains(adres)) {
            return adres;
        }
        List<String> doorgestuurd = ctx.request().headers().getAll("X-Forwarded-For").stream()
                .flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = doorgestuurd.size() - 1; i >= 0; i--) {
            if (!vertrouwdeProxies.contains(doorgestuurd.get(i))) {
                return doorgestuurd.get(i);
            }
        }
        return adres;
    }
}
