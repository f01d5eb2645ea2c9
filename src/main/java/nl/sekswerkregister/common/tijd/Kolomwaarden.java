package nl.sekswerkregister.common.tijd;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Dates and moments as a native query hands them back. The PostgreSQL driver answers a {@code date}
 * with {@link java.sql.Date} and a {@code timestamptz} with {@link java.sql.Timestamp} or
 * {@link OffsetDateTime}, depending on how Hibernate reads the column; the repositories want
 * {@link LocalDate} and {@link Instant} whatever they got.
 */
public final class Kolomwaarden {

    private Kolomwaarden() {
    }

    public static LocalDate datum(Object waarde) {
        return waarde instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) waarde;
    }

    public static Instant tijdstip(Object waarde) {
        if (waarde instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (waarde instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) waarde;
    }
}
