package nl.sekswerkregister.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs calls truly at once: every thread waits on one latch, then all go. */
public final class Gelijktijdig {

    private Gelijktijdig() {
    }

    public static <T> List<T> tegelijk(List<Callable<T>> aanroepen) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(aanroepen.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> toekomst = new ArrayList<>();
            for (Callable<T> aanroep : aanroepen) {
                toekomst.add(pool.submit(() -> {
                    start.await();
                    return aanroep.call();
                }));
            }
            start.countDown();
            List<T> uit = new ArrayList<>();
            for (Future<T> f : toekomst) {
                uit.add(f.get(60, TimeUnit.SECONDS));
            }
            return uit;
        } finally {
            pool.shutdownNow();
        }
    }
}
