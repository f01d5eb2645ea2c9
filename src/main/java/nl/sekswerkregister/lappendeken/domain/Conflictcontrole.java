package nl.sekswerkregister.lappendeken.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * A named check in the catalogue. Each is small, pure and tested on its own. The code is part of
 * the API (clients filter and track on it): never rename one.
 */
public interface Conflictcontrole {

    String code();

    Ernst ernst();

    /** What the check finds, in Dutch, for the catalogue. */
    String omschrijving();

    /** Why it matters: the law, the court ruling or the policy reason. */
    String reden();

    /** True for the checks of licences actually held (as opposed to rules against rules). */
    default boolean betreftVergunningen() {
        return false;
    }

    /**
     * Reports findings for the municipalities in {@code gemeenten} and the pairs in {@code paren},
     * both already restricted to the scope asked for.
     */
    void controleer(Momentopname moment, List<String> gemeenten, List<Paar> paren, Consumer<Conflict> melding);

    /** Two municipalities' rule sets in force compared, a before b by municipality code. */
    record Paar(Regelsetversie a, Regelsetversie b) {
    }
}
