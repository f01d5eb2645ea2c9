package nl.sekswerkregister.lappendeken.service;

import java.util.Map;
import nl.sekswerkregister.lappendeken.domain.Fragmentatie;

/**
 * The index over the selection as a whole (named "Nederland" for the whole country, "Selectie" for a
 * list of municipalities, or the region's name), and per region of the asked kind over the selected
 * municipalities in that region, sorted by name.
 */
public record IndexBeeld(String naam, Fragmentatie.Uitkomst geheel, Map<String, Fragmentatie.Uitkomst> perRegio) {
}
