package nl.sekswerkregister.controle.domain;

import nl.sekswerkregister.regelset.domain.Vindplaats;

/**
 * What a finding rests on: a rule of the municipality's rule set (its path, value and where its text
 * is), a national framework that is law, the licence or one of its conditions, a statute, or the
 * service's own check. Only the fields of its kind are set.
 */
public record Grondslag(Soort soort, String regelpad, String waarde, Vindplaats vindplaats, String vergunningnummer,
                        Integer voorschrift, String tekst) {

    public enum Soort {
        /** A rule of the municipality's rule set in force that day, by its path. */
        REGEL,
        /** A national framework in force that day (law, not a bill). */
        LANDELIJK_KADER,
        /** The licence itself (in force, or not, at these premises that day). */
        VERGUNNING,
        /** One condition (voorschrift) of the licence, by position from 1. */
        VOORSCHRIFT,
        /** A statute that holds everywhere. */
        WET,
        /** The service's own conclusion from what was shown at the door. */
        DIENST
    }

    static Grondslag regel(String pad, String waarde, Vindplaats vindplaats) {
        return new Grondslag(Soort.REGEL, pad, waarde, vindplaats == null || vindplaats.isLeeg() ? null : vindplaats,
                null, null, null);
    }

    static Grondslag kader(String naam, String pad) {
        return new Grondslag(Soort.LANDELIJK_KADER, pad, "true", null, null, null, naam);
    }

    static Grondslag vergunning(String vergunningnummer, String tekst) {
        return new Grondslag(Soort.VERGUNNING, null, null, null, vergunningnummer, null, tekst);
    }

    static Grondslag voorschrift(String vergunningnummer, int positie, String tekst) {
        return new Grondslag(Soort.VOORSCHRIFT, null, null, null, vergunningnummer, positie, tekst);
    }

    static Grondslag wet(String tekst) {
        return new Grondslag(Soort.WET, null, null, null, null, null, tekst);
    }

    static Grondslag dienst(String tekst) {
        return new Grondslag(Soort.DIENST, null, null, null, null, null, tekst);
    }
}
