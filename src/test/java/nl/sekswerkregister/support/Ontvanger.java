package nl.sekswerkregister.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A webhook receiver on 127.0.0.1, at the one prefix the test profile allows
 * ({@code sekswerkregister.gebeurtenissen.ontvangers}); each test takes a path of its own under it
 * ({@link #nieuwPad}) and says how that path answers: a status, failing the first n requests, or
 * hanging until released. It records what arrived, headers and body as received.
 */
public final class Ontvanger {

    /** One request as it arrived. */
    public record Ontvangen(String pad, Map<String, String> koppen, String body, Instant op) {
        public String kop(String naam) {
            return koppen.get(naam.toLowerCase());
        }
    }

    /** How a path answers. */
    public static final class Gedrag {
        volatile int status = 204;
        final AtomicInteger eerstFalen = new AtomicInteger();
        volatile CountDownLatch vasthouden;
        final AtomicInteger vastgehouden = new AtomicInteger();

        public Gedrag status(int status) {
            this.status = status;
            return this;
        }

        /** Answers 500 to the first {@code n} requests, then as configured. */
        public Gedrag eerstFalen(int n) {
            eerstFalen.set(n);
            return this;
        }

        /** Holds every request until {@link #laatGaan()}. */
        public Gedrag houdVast() {
            vasthouden = new CountDownLatch(1);
            return this;
        }

        public void laatGaan() {
            CountDownLatch latch = vasthouden;
            vasthouden = null;
            if (latch != null) {
                latch.countDown();
            }
        }

        /** Requests being held right now. */
        public int vastgehouden() {
            return vastgehouden.get();
        }
    }

    private static Ontvanger instantie;

    private final String basis;
    private final List<Ontvangen> ontvangen = new CopyOnWriteArrayList<>();
    private final Map<String, Gedrag> gedrag = new ConcurrentHashMap<>();
    private final AtomicInteger teller = new AtomicInteger();

    private Ontvanger(URI prefix) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), prefix.getPort()), 50);
        server.createContext(prefix.getPath(), this::behandel);
        server.setExecutor(Executors.newCachedThreadPool(taak -> {
            Thread t = new Thread(taak, "test-ontvanger");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        this.basis = prefix.toString();
    }

    /** The receiver of this run (started on first use), at the test profile's allowed prefix. */
    public static synchronized Ontvanger ontvanger() {
        if (instantie == null) {
            String prefix = ConfigProvider.getConfig().getValue("sekswerkregister.gebeurtenissen.ontvangers", String.class)
                    .split(",")[0].strip();
            try {
                instantie = new Ontvanger(URI.create(prefix));
            } catch (IOException e) {
                throw new UncheckedIOException("ontvanger op " + prefix + " start niet (poort bezet? zet "
                        + "SEKSWERKREGISTER_TEST_ONTVANGERPOORT)", e);
            }
        }
        return instantie;
    }

    /** The allowed prefix, e.g. http://127.0.0.1:18089/hooks/. */
    public String basis() {
        return basis;
    }

    /** A new path of its own under the prefix (a full URL), answering 204 until told otherwise. */
    public String nieuwPad(String naam) {
        String url = basis + naam + "-" + teller.incrementAndGet();
        gedrag.put(URI.create(url).getPath(), new Gedrag());
        return url;
    }

    public Gedrag gedrag(String url) {
        return gedrag.get(URI.create(url).getPath());
    }

    public List<Ontvangen> ontvangen(String url) {
        String pad = URI.create(url).getPath();
        List<Ontvangen> uit = new ArrayList<>();
        for (Ontvangen o : ontvangen) {
            if (o.pad().equals(pad)) {
                uit.add(o);
            }
        }
        return uit;
    }

    /** Waits (at most a generous limit, for a slow machine) until the condition holds; fails otherwise. */
    public static void wachtTot(String wat, BooleanSupplier voorwaarde) {
        Instant grens = Instant.now().plus(Duration.ofSeconds(60));
        while (!voorwaarde.getAsBoolean()) {
            if (Instant.now().isAfter(grens)) {
                throw new AssertionError("Niet gebeurd binnen 60 s: " + wat);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void behandel(HttpExchange uitwisseling) throws IOException {
        try (uitwisseling) {
            String pad = uitwisseling.getRequestURI().getPath();
            String body = new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> koppen = new java.util.HashMap<>();
            uitwisseling.getRequestHeaders().forEach((k, v) -> koppen.put(k.toLowerCase(), String.join(",", v)));
            ontvangen.add(new Ontvangen(pad, koppen, body, Instant.now()));
            Gedrag g = gedrag.getOrDefault(pad, new Gedrag().status(404));
            CountDownLatch vast = g.vasthouden;
            if (vast != null) {
                g.vastgehouden.incrementAndGet();
                try {
                    vast.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    g.vastgehouden.decrementAndGet();
                }
            }
            int status = g.eerstFalen.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : g.status;
            uitwisseling.sendResponseHeaders(status, -1);
        }
    }
}
