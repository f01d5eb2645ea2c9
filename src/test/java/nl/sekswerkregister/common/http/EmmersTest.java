package nl.sekswerkregister.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The token buckets on a clock the test moves: burst, refill, the wait told, and bounded memory. */
class EmmersTest {

    /** A clock that stands still until the test moves it. */
    static final class Handklok extends Clock {
        long millis = 1_000_000;

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return Instant.ofEpochMilli(millis); }
    }

    @Test
    void naDePiekWachtenTotErWeerEenTokenIs() {
        Handklok klok = new Handklok();
        Emmers emmers = new Emmers(klok, 2, 5, 100);
        for (int i = 4; i >= 0; i--) {
            Emmers.Uitkomst u = emmers.neem("10.0.0.1");
            assertThat(u.toegestaan()).isTrue();
            assertThat(u.resterend()).isEqualTo(i);
            assertThat(u.limiet()).isEqualTo(5);
        }
        Emmers.Uitkomst geweigerd = emmers.neem("10.0.0.1");
        assertThat(geweigerd.toegestaan()).isFalse();
        assertThat(geweigerd.secondenTotVolgende()).isEqualTo(1);
        assertThat(geweigerd.secondenTotVol()).isEqualTo(3);
        // Another client has its own bucket.
        assertThat(emmers.neem("10.0.0.2").toegestaan()).isTrue();
        klok.millis += 499;
        assertThat(emmers.neem("10.0.0.1").toegestaan()).isFalse();
        klok.millis += 1;
        assertThat(emmers.neem("10.0.0.1").toegestaan()).isTrue();
        // A clock that goes back refills nothing.
        klok.millis -= 10_000;
        assertThat(emmers.neem("10.0.0.1").toegestaan()).isFalse();
    }

    @Test
    void nooitMeerClientsDanDeGrensEnDeRestDeeltEenEmmer() {
        long zaad = System.nanoTime();
        SplittableRandom toeval = new SplittableRandom(zaad);
        Handklok klok = new Handklok();
        Emmers emmers = new Emmers(klok, 1, 3, 50);
        for (int i = 0; i < 5_000; i++) {
            emmers.neem("2001:db8::" + Integer.toHexString(toeval.nextInt(1 << 20)));
            assertThat(emmers.aantalClients()).as("zaad " + zaad).isLessThanOrEqualTo(51);
        }
        // Beyond the bound, new clients share one bucket of 3: the flood is limited as one client.
        assertThat(emmers.neem("nieuw-1").toegestaan()).isFalse();
        // Once buckets are full again, their entries go and new clients get their own.
        klok.millis += 10_000;
        assertThat(emmers.neem("nieuw-2").toegestaan()).isTrue();
        assertThat(emmers.aantalClients()).isLessThanOrEqualTo(2);
    }
}
