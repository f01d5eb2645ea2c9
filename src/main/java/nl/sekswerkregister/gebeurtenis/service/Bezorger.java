package nl.sekswerkregister.gebeurtenis.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sekswerkregister.common.beveiliging.Webhookhandtekening;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.repository.GebeurtenisRepository;
import nl.sekswerkregister.gebeurtenis.repository.GebeurtenisRepository.ClaimRij;
import org.jboss.logging.Logger;

/**
 * Delivers events to subscribers by webhook, on every instance: each claims due deliveries with a lease
 * ({@link GebeurtenisRepository#claim}), so instances share the work and a crashed instance's claims pass
 * to another when they expire (at least once; the event id is the subscriber's de-duplication key).
 *
 * <p>Webhooks never touch the API's threads or connections: they run on a pool of their own, bounded
 * ({@code aflevering.gelijktijdig}), claimed no faster than it has room, each with a connect and a total
 * time limit, redirects not followed (a redirect would lead outside the allowed receivers) and the
 * response body discarded. A database connection is held only for the claim and for recording the
 * outcome, never while a receiver is being waited for. So a receiver that hangs, is down or answers 500
 * costs at most this pool; the API does not notice.
 *
 * <p>Retries wait {@code wachttijd}, doubling per failure up to {@code maximale-wachttijd}; after
 * {@code maximum-pogingen} the delivery is a dead letter until an administrator replays it.
 */
@ApplicationScoped
public class Bezorger {

    private static final Logger LOG = Logger.getLogger(Bezorger.class);

    /** This instance, as it signs its claims. */
    private final String instantie = UUID.randomUUID().toString();
    private final GebeurtenisRepository repository;
    private final Ontvangers ontvangers;
    private final GebeurtenissenConfig.Aflevering config;
    private final Klok klok;
    private final HttpClient http;
    private final ThreadPoolExecutor pool;
    /** Runs a round when woken; at most one waiting, more wake-ups in the meantime add nothing. */
    private final ThreadPoolExecutor wekker;
    private final AtomicInteger bezig = new AtomicInteger();

    public Bezorger(GebeurtenisRepository repository, Ontvangers ontvangers, GebeurtenissenConfig config, Klok klok) {
        this.repository = repository;
        this.ontvangers = ontvangers;
        this.config = config.aflevering();
        this.klok = klok;
        int n = this.config.gelijktijdig();
        this.pool = new ThreadPoolExecutor(n, n, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(n),
                draad("webhook-aflevering"), new ThreadPoolExecutor.AbortPolicy());
        this.wekker = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(1),
                draad("webhook-wekker"), new ThreadPoolExecutor.DiscardPolicy());
        this.http = HttpClient.newBuilder().connectTimeout(this.config.verbindingstijd())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Scheduled(every = "${sekswerkregister.gebeurtenissen.aflevering.interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void regelmatig() {
        ronde();
    }

    /** A new event committed: look at once rather than at the next interval. */
    void gelegd(@Observes(during = TransactionPhase.AFTER_SUCCESS) Gebeurtenistype type) {
        wek();
    }

    private void wek() {
        if (!wekker.isShutdown()) {
            wekker.execute(this::ronde);
        }
    }

    /** Claims as many due deliveries as the pool has room for and starts them. */
    synchronized void ronde() {
        int vrij = config.gelijktijdig() - bezig.get();
        if (vrij <= 0 || pool.isShutdown()) {
            return;
        }
        List<ClaimRij> claims;
        try {
            Instant nu = klok.nu();
            claims = QuarkusTransaction.requiringNew().call(() ->
                    repository.claim(vrij, nu, nu.plus(config.claimduur()), instantie));
        } catch (RuntimeException e) {
            LOG.warnf("Afleveringen claimen mislukt: %s", e.getClass().getSimpleName());
            return;
        }
        for (ClaimRij claim : claims) {
            bezig.incrementAndGet();
            try {
                pool.execute(() -> {
                    try {
                        bezorg(claim);
                    } finally {
                        bezig.decrementAndGet();
                        wek();
                    }
                });
            } catch (RuntimeException e) {
                // Shut down meanwhile: the claim expires and another instance delivers.
                bezig.decrementAndGet();
            }
        }
    }

    private void bezorg(ClaimRij claim) {
        String uitkomst;
        boolean gelukt = false;
        if (!ontvangers.isToegestaan(claim.callbackUrl())) {
            uitkomst = "ontvanger niet (meer) toegestaan";
        } else {
            byte[] inhoud = claim.inhoud().getBytes(StandardCharsets.UTF_8);
            long tijdstempel = klok.nu().getEpochSecond();
            String id = claim.gebeurtenisId().toString();
            HttpRequest verzoek = HttpRequest.newBuilder(URI.create(claim.callbackUrl()))
                    .timeout(config.antwoordtijd())
                    .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(tijdstempel))
                    .header("webhook-signature", Webhookhandtekening.onderteken(claim.geheim(), id, tijdstempel, inhoud))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud)).build();
            CompletableFuture<HttpResponse<Void>> antwoord = http.sendAsync(verzoek, HttpResponse.BodyHandlers.discarding());
            try {
                // The whole exchange, body included, within the limit: a receiver that trickles its
                // answer holds this thread no longer than one that never answers.
                int status = antwoord.get(config.antwoordtijd().plus(config.verbindingstijd()).toMillis(),
                        TimeUnit.MILLISECONDS).statusCode();
                gelukt = status >= 200 && status < 300;
                uitkomst = "HTTP " + status;
            } catch (TimeoutException e) {
                antwoord.cancel(true);
                uitkomst = "geen antwoord binnen de tijd";
            } catch (InterruptedException e) {
                antwoord.cancel(true);
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                uitkomst = reden(e.getCause());
            }
        }
        Instant nu = klok.nu();
        boolean afgeleverd = gelukt;
        String vastgelegd = uitkomst;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (afgeleverd) {
                    repository.afgeleverd(claim.id(), nu, vastgelegd);
                } else {
                    repository.mislukt(claim.id(), instantie, nu, vastgelegd, nu.plus(wachttijd(claim.pogingen())),
                            config.maximumPogingen());
                }
            });
        } catch (RuntimeException e) {
            // Not recorded: the claim expires and the delivery is tried again (at least once).
            LOG.warnf("Uitkomst van aflevering %s niet vastgelegd: %s", claim.id(), e.getClass().getSimpleName());
        }
        if (!afgeleverd) {
            LOG.debugf("Aflevering %s mislukt (poging %d): %s", claim.id(), claim.pogingen() + 1, vastgelegd);
        }
    }

    /** The wait after the {@code eerder + 1}-th failure: doubling from wachttijd, at most maximale-wachttijd. */
    Duration wachttijd(int eerder) {
        Duration wacht = config.wachttijd();
        for (int i = 0; i < eerder && wacht.compareTo(config.maximaleWachttijd()) < 0; i++) {
            wacht = wacht.multipliedBy(2);
        }
        return wacht.compareTo(config.maximaleWachttijd()) > 0 ? config.maximaleWachttijd() : wacht;
    }

    private static String reden(Throwable oorzaak) {
        if (oorzaak instanceof HttpConnectTimeoutException) {
            return "geen verbinding binnen de tijd";
        }
        if (oorzaak instanceof HttpTimeoutException) {
            return "geen antwoord binnen de tijd";
        }
        if (oorzaak instanceof ConnectException) {
            return "geen verbinding";
        }
        return "verbinding mislukt";
    }

    private static java.util.concurrent.ThreadFactory draad(String naam) {
        AtomicInteger teller = new AtomicInteger();
        return taak -> {
            Thread draad = new Thread(taak, naam + "-" + teller.incrementAndGet());
            draad.setDaemon(true);
            return draad;
        };
    }

    @PreDestroy
    void stop() {
        wekker.shutdownNow();
        pool.shutdownNow();
    }
}
