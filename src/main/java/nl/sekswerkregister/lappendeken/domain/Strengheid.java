package nl.sekswerkregister.lappendeken.domain;

import java.util.Map;
import java.util.Optional;
import nl.sekswerkregister.regelset.domain.Regelpaden;

/**
 * Which of two values of one rule is the stricter, for the rules where that is plain. Art. 121
 * Gemeentewet lets a municipality keep a rule beside a national floor only if it supplements it, so
 * "stricter" decides whether a local rule stays; a wrong direction would tell a council its rule is
 * safe when it is not. Hence an explicit, short table: a rule that is not in it has no direction,
 * and {@link Kadertoets} treats a different value of such a rule as conflicting rather than guess.
 *
 * <p>Deliberately left out: recognition of other municipalities' registrations and the form of
 * registration (less recognition burdens workers more but is not a "higher floor"), a register by
 * name and passing intake reports (unlawful today, not "strict"), language requirements, sanctions,
 * a street zone, opening hours, caps per area, designated zones and the way scarce licences are
 * handed out (no single order).
 */
public final class Strengheid {

    /** How the stricter value of one rule is recognised. */
    enum Richting {
        /** A higher number is stricter (an older minimum age, a longer distance). */
        HOGER,
        /** A lower number is stricter (a cap, fewer hours, a shorter licence term that is reviewed sooner). */
        LAGER,
        /** A duty that applies is stricter than none. */
        WAAR,
        /** Not permitting is stricter than permitting (a ban, no opening past midnight). */
        ONWAAR
    }

    /** Keyed by the path without its business type: "minimumleeftijd" and "bedrijfstypen.CLUB.minimumleeftijd" alike. */
    private static final Map<String, Richting> ALGEMEEN = Map.ofEntries(
            Map.entry("minimumleeftijd", Richting.HOGER),
            Map.entry("registratieplicht", Richting.WAAR),
            Map.entry("intakeplicht", Richting.WAAR),
            Map.entry("verblijfsvergunningVereist", Richting.WAAR),
            Map.entry("bibob", Richting.WAAR),
            Map.entry("bedrijfsplanVereist", Richting.WAAR),
            Map.entry("maximaleWerkurenPerDag", Richting.LAGER),
            Map.entry(Regelpaden.WERKPLEKVERHUUR + ".maximaalDagenPerWeek", Richting.LAGER),
            Map.entry(Regelpaden.WERKPLEKVERHUUR + ".maximaalUrenPerDag", Richting.LAGER),
            Map.entry("vergunningtermijnJaren", Richting.LAGER));

    private static final Map<String, Richting> PER_TYPE = Map.of(
            "toegestaan", Richting.ONWAAR,
            "vergunningplicht", Richting.WAAR,
            "minimumleeftijd", Richting.HOGER,
            "vergunningtermijnJaren", Richting.LAGER,
            "maximumAantal", Richting.LAGER,
            "minimaleAfstandMeters", Richting.HOGER,
            "nachtopeningToegestaan", Richting.ONWAAR);

    private Strengheid() {
    }

    /** Whether the table knows a direction for this path. */
    public static boolean kent(String pad) {
        return richting(pad) != null;
    }

    /**
     * The local value compared with the framework's: STRENGER, SOEPELER or GELIJK; empty when the table
     * has no direction for the path or the values are of a kind it cannot order.
     */
    public static Optional<Kadertoets.Vergelijking> vergelijk(String pad, Object lokaal, Object kader) {
        Richting richting = richting(pad);
        if (richting == null || lokaal == null || kader == null) {
            return Optional.empty();
        }
        int verschil;
        if (lokaal instanceof Integer l && kader instanceof Integer k) {
            verschil = Integer.compare(l, k);
        } else if (lokaal instanceof Boolean l && kader instanceof Boolean k) {
            verschil = Boolean.compare(l, k);
        } else {
            return Optional.empty();
        }
        if (verschil == 0) {
            return Optional.of(Kadertoets.Vergelijking.GELIJK);
        }
        boolean lokaalHoger = verschil > 0;
        boolean strenger = switch (richting) {
            case HOGER, WAAR -> lokaalHoger;
            case LAGER, ONWAAR -> !lokaalHoger;
        };
        return Optional.of(strenger ? Kadertoets.Vergelijking.STRENGER : Kadertoets.Vergelijking.SOEPELER);
    }

    private static Richting richting(String pad) {
        if (pad.startsWith(Regelpaden.BEDRIJFSTYPEN + ".")) {
            return PER_TYPE.get(pad.substring(pad.lastIndexOf('.') + 1));
        }
        return ALGEMEEN.get(pad);
    }
}
