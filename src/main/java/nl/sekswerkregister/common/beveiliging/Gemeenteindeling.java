package nl.sekswerkregister.common.beveiliging;

import java.util.Set;

/**
 * Which municipalities make up a police unit, for the scope of a {@code politie} token. Implemented by
 * the gemeente feature, which holds the reference data; declared here so that scoping needs no
 * dependency on a feature (and no cycle: the features depend on this package, never the reverse).
 */
public interface Gemeenteindeling {

    /** The CBS codes of the unit's municipalities; empty for a name that is no police unit. */
    Set<String> gemeentenVanPolitieEenheid(String politieEenheid);
}
