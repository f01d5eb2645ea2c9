package nl.sekswerkregister.statistiek.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The area levels a statistic is published at. Every level is a grouping of municipalities, so every
 * figure at a higher level is a sum of municipal figures: the suppression has to hold over all levels
 * at once ({@link Rooster}).
 */
public enum Gebiedsniveau {
    GEMEENTE("gemeente"),
    PROVINCIE("provincie"),
    VEILIGHEIDSREGIO("veiligheidsregio"),
    RIEC_REGIO("riecRegio"),
    NEDERLAND("nederland");

    private final String naam;

    Gebiedsniveau(String naam) {
        this.naam = naam;
    }

    /** As the API writes it (parameter {@code indeling}). */
    public String naam() {
        return naam;
    }

    public static Optional<Gebiedsniveau> metNaam(String naam) {
        return Arrays.stream(values()).filter(n -> n.naam.equals(naam)).findFirst();
    }
}
