package nl.sekswerkregister.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.sekswerkregister.common.tijd.Klok;

/**
 * The service's clock in the in-process tests ({@link TestKlokBron} puts it in place of the system
 * clock of {@code common.tijd.Tijdbron}), and the one the tests take "today" from: what a test
 * expects is computed from the same date the service uses.
 *
 * <p>It starts on the real date and runs at the real pace, so that timestamps, their order and token
 * expiry behave as in production; but it shows at most noon, Amsterdam time, on that date: a run
 * started at 23:59 would otherwise see "today" change between a request and its assertion (a later
 * start is set back to 12:00, which nothing in the tests can tell from the real time of day). So a
 * run has at least twelve hours before the date changes under it.
 *
 * <p>A test can stop it at a moment of its choice ({@link #zet}) and must put it back
 * ({@link #herstel}) when done: one application, and so one clock, serves every test class.
 */
public final class TestKlok extends Clock {

    private static final TestKlok KLOK = new TestKlok(achterstand(Instant.now()));

    /** How far this clock runs behind the real one, from its start. */
    private final Duration achterstand;
    /** The moment it stands still at, or null while it runs. */
    private volatile Instant stil;

    private TestKlok(Duration achterstand) {
        this.achterstand = achterstand;
    }

    /** The clock itself, for the service (TestKlokBron). */
    public static Clock klok() {
        return KLOK;
    }

    /** Today as the service sees it: the date in Amsterdam of this clock. */
    public static LocalDate vandaag() {
        return LocalDate.ofInstant(KLOK.instant(), Klok.NEDERLAND);
    }

    /** Stops the service's clock at this moment, until {@link #herstel()}. */
    public static void zet(Instant moment) {
        KLOK.stil = moment;
    }

    /** Lets the clock run again as it did before {@link #zet}. */
    public static void herstel() {
        KLOK.stil = null;
    }

    /** From the real start: zero in the morning, otherwise the time past noon in Amsterdam. */
    static Duration achterstand(Instant echt) {
        ZonedDateTime middag = ZonedDateTime.ofInstant(echt, Klok.NEDERLAND).with(LocalTime.NOON);
        return echt.isAfter(middag.toInstant()) ? Duration.between(middag.toInstant(), echt) : Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant moment = stil;
        return moment != null ? moment : Instant.now().minus(achterstand);
    }

    @Override
    public ZoneId getZone() {
        return Klok.NEDERLAND;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestKlok bron = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return bron.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId andere) {
                return bron.withZone(andere);
            }
        };
    }
}
