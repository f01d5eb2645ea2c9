package nl.sekswerkregister.common.tijd;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Dates in Dutch administrative law are calendar days in the Netherlands: a licence valid "tot en
 * met 31 december" is valid until midnight Amsterdam time, whatever the server's zone.
 */
@ApplicationScoped
public class Klok {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    /** The service's clock ({@link Tijdbron}); whatever its zone, the date is taken in Amsterdam. */
    public Klok(Clock clock) {
        this.clock = clock;
    }

    public LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), NEDERLAND);
    }

    /** Now, to the millisecond, as stored and shown (UTC with Z). */
    public Instant nu() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
