package nl.sekswerkregister.statistiek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.statistiek.service.Patroonrekenaar;
import org.junit.jupiter.api.Test;

/**
 * Public statistics cannot make the service compute without bound: a request that would have to wait
 * too long for its suppression pattern gets 503 with Retry-After, the work goes on and is kept, and a
 * full queue is refused at once.
 */
class PatroonrekenaarTest {

    @Test
    void aRequestThatWouldWaitTooLongGets503AndAskingAgainFindsThePatternComputedOnce() throws Exception {
        Patroonrekenaar rekenaar = Patroonrekenaar.voorTest(Duration.ofMillis(50), 8);
        CountDownLatch los = new CountDownLatch(1);
        AtomicInteger berekeningen = new AtomicInteger();
        BitSet patroon = new BitSet();
        patroon.set(3);
        Supplier<BitSet> traag = () -> {
            berekeningen.incrementAndGet();
            wacht(los);
            return patroon;
        };

        assertThatThrownBy(() -> rekenaar.patroon("registraties 2026-06-30", traag, rekenaar.termijn()))
                .isInstanceOfSatisfying(ProbleemException.class, e -> {
                    assertThat(e.soort()).isEqualTo(ProbleemSoort.NIET_BESCHIKBAAR);
                    assertThat(e.wachtSeconden()).hasValueSatisfying(s -> assertThat(s).isPositive());
                });
        los.countDown();
        BitSet later = rekenaar.patroon("registraties 2026-06-30", traag, System.nanoTime() + TimeUnit.SECONDS.toNanos(30));

        assertThat(later).isEqualTo(patroon);
        assertThat(rekenaar.patroon("registraties 2026-06-30", traag, rekenaar.termijn())).isEqualTo(patroon);
        assertThat(berekeningen).hasValue(1);
    }

    @Test
    void aFullQueueIsRefusedAtOnceAndAcceptedAgainOnceItEmpties() throws Exception {
        Patroonrekenaar rekenaar = Patroonrekenaar.voorTest(Duration.ofSeconds(30), 1);
        CountDownLatch los = new CountDownLatch(1);
        rekenaar.vraag("bezig", () -> {
            wacht(los);
            return new BitSet();
        });
        rekenaar.vraag("in de rij", BitSet::new);

        assertThatThrownBy(() -> rekenaar.patroon("geen plaats", BitSet::new, rekenaar.termijn()))
                .isInstanceOfSatisfying(ProbleemException.class,
                        e -> assertThat(e.soort()).isEqualTo(ProbleemSoort.NIET_BESCHIKBAAR));
        los.countDown();
        assertThat(rekenaar.patroon("in de rij", BitSet::new, rekenaar.termijn()).isEmpty()).isTrue();
        assertThat(rekenaar.patroon("geen plaats", () -> {
            BitSet b = new BitSet();
            b.set(1);
            return b;
        }, rekenaar.termijn()).cardinality()).isEqualTo(1);
    }

    private static void wacht(CountDownLatch los) {
        try {
            los.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
