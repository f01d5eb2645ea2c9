package nl.sekswerkregister.lappendeken.domain;

import nl.sekswerkregister.regelset.domain.Regels;

/** The rule set in force in one municipality on the analysis date; versie null for a simulated draft. */
public record RegelsetInfo(String gemeenteCode, Integer versie, Regels regels) {
}
