package nl.sekswerkregister.registratie.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Instead of a date of birth, which identifies, only a band is kept: wide enough not to single
 * anyone out, with edges at the ages the rules use (18, 21).
 */
public final class Leeftijdsband {

    private Leeftijdsband() {
    }

    public static int leeftijd(LocalDate geboortedatum, LocalDate op) {
        return Period.between(geboortedatum, op).getYears();
    }

    public static String van(int leeftijd) {
        if (leeftijd < 18) {
            return "16-17";
        }
        if (leeftijd < 21) {
            return "18-20";
        }
        if (leeftijd < 25) {
            return "21-24";
        }
        if (leeftijd < 35) {
            return "25-34";
        }
        if (leeftijd < 45) {
            return "35-44";
        }
        return leeftijd < 55 ? "45-54" : "55+";
    }

    /** The lowest age in a band: what the service may assume about a person later on. */
    public static int ondergrens(String band) {
        return Integer.parseInt(band.replace("+", "").split("-")[0]);
    }
}
