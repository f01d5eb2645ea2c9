package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import java.util.Map;
import nl.sekswerkregister.lappendeken.domain.Fragmentatie;
import nl.sekswerkregister.lappendeken.domain.Waarnemingen;

/**
 * The index over the selection as a whole (named "Nederland" for the whole country, "Selectie" for a
 * list of municipalities, or the region's name), and per region of the asked kind over the selected
 * municipalities in that region, sorted by name; and the signals of unlicensed activity counted over
 * the same selection.
 */
public record IndexBeeld(String naam, Fragmentatie.Uitkomst geheel, Map<String, Fragmentatie.Uitkomst> perRegio,
                         Signaleringen signaleringen) {

    /**
     * Signals of unlicensed activity dated in [vanaf, tot] over the selection: in all, per region, and
     * per municipality that has any (sorted by code). Counts only.
     */
    public record Signaleringen(LocalDate vanaf, LocalDate tot, Waarnemingen.Telling geheel,
                                Map<String, Waarnemingen.Telling> perRegio, Map<String, Waarnemingen.Telling> perGemeente) {
    }
}
