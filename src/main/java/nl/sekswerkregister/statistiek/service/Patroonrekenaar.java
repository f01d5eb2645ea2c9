package nl.sekswerkregister.statistiek.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * Computes suppression patterns one at a time, off the request threads, and keeps them.
 *
 * <p>A pattern over the national lattice of a protected statistic costs seconds of CPU (the audit:
 * GeheimhoudingBenchmark), and the statistics are public: anybody may ask for another date or a series of
 * sixty months. So patterns are computed by one worker with a bounded queue, whatever the number of
 * requests: the API keeps its other cores. A request waits for its patterns at most
 * {@code sekswerkregister.statistiek.max-wachttijd}; then it gets 503 with Retry-After while the work goes on,
 * and asking again later finds the pattern ready. A full queue is 503 at once. A pattern is computed once
 * per key, however many requests wait for it.
 */
@ApplicationScoped
public class Patroonrekenaar {

    static final int MAX_IN_WACHTRIJ = 256;
    private static final int BEWAARD = 512;

    private final Duration maxWachttijd;
    private final ThreadPoolExecutor rekenaar;
    private final Map<Object, CompletableFuture<BitSet>> bezig = new ConcurrentHashMap<>();
    private final Map<Object, BitSet> bekend = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, BitSet> oudste) {
            return size() > BEWAARD;
        }
    };

    @Inject
    public Patroonrekenaar(StatistiekConfig config) {
        this(config.maxWachttijd(), MAX_IN_WACHTRIJ);
    }

    /** For tests: a calculator with its own wait and queue length, outside CDI. */
    public static Patroonrekenaar voorTest(Duration maxWachttijd, int maxInWachtrij) {
        return new Patroonrekenaar(maxWachttijd, maxInWachtrij);
    }

    private Patroonrekenaar(Duration maxWachttijd, int maxInWachtrij) {
        this.maxWachttijd = maxWachttijd;
        this.rekenaar = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(maxInWachtrij), r -> {
            Thread t = new Thread(r, "geheimhouding");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    /** When the patterns a request needs must be ready: one deadline for all its periods. */
    public long termijn() {
        return System.nanoTime() + maxWachttijd.toNanos();
    }

    /** Puts the pattern in the queue if it is neither known nor being computed; returns at once. */
    public void vraag(Object sleutel, Supplier<BitSet> berekening) {
        toekomst(sleutel, berekening);
    }

    /** The pattern, computed or waited for until {@code termijn} ({@link #termijn()}); else 503. */
    public BitSet patroon(Object sleutel, Supplier<BitSet> berekening, long termijn) {
        CompletableFuture<BitSet> toekomst = toekomst(sleutel, berekening);
        try {
            return toekomst.get(Math.max(0, termijn - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw nogNiet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw nogNiet();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProbleemException vol) {
                throw vol;
            }
            throw new IllegalStateException("De geheimhouding kon niet worden berekend", e.getCause());
        }
    }

    private CompletableFuture<BitSet> toekomst(Object sleutel, Supplier<BitSet> berekening) {
        synchronized (bekend) {
            BitSet klaar = bekend.get(sleutel);
            if (klaar != null) {
                return CompletableFuture.completedFuture(klaar);
            }
        }
        CompletableFuture<BitSet> wachtend = bezig.computeIfAbsent(sleutel, k -> {
            CompletableFuture<BitSet> toekomst = new CompletableFuture<>();
            try {
                rekenaar.execute(() -> {
                    try {
                        BitSet patroon = berekening.get();
                        synchronized (bekend) {
                            bekend.put(k, patroon);
                        }
                        toekomst.complete(patroon);
                    } catch (RuntimeException | Error e) {
                        toekomst.completeExceptionally(e);
                    } finally {
                        bezig.remove(k);
                    }
                });
            } catch (RejectedExecutionException e) {
                return null; // the queue is full; nothing kept, so a later request may queue it again
            }
            return toekomst;
        });
        return wachtend != null ? wachtend : CompletableFuture.failedFuture(nogNiet());
    }

    private ProbleemException nogNiet() {
        long seconden = Math.max(1, maxWachttijd.toSeconds());
        return ProbleemException.nietBeschikbaar("De geheimhouding van deze cijfers wordt nog berekend: elke cel onder de "
                + "drempel moet verborgen blijven in elk niveau en elke marge, en dat rekenen gebeurt één statistiek "
                + "tegelijk. Vraag het over " + seconden + " seconden opnieuw; de cijfers blijven daarna bewaard.", seconden);
    }

    @PreDestroy
    void stop() {
        rekenaar.shutdownNow();
    }
}
