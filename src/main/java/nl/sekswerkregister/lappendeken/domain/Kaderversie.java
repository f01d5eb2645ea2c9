package nl.sekswerkregister.lappendeken.domain;

import java.util.Map;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regels;

/** The national framework an analysis measures against, with how it regulates each rule it claims. */
public record Kaderversie(String code, int versie, String naam, Regels regels, Kadersoort soort,
                          Map<String, Kaderregeling> regeling) {

    public Kaderversie {
        regeling = regeling == null ? Map.of() : Map.copyOf(regeling);
    }

    /** How this framework regulates a rule; null when it leaves the rule to municipalities. */
    public Kaderregeling regeling(String pad) {
        return regeling.get(pad);
    }
}
