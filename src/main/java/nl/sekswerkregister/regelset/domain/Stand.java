package nl.sekswerkregister.regelset.domain;

/**
 * The three states of every rule value. Only GEZET and NIET_GEREGELD are known: the engine
 * compares only those, so "nobody encoded this" never reads as "this municipality decided so".
 */
public enum Stand {
    /** The rule set states a value. */
    GEZET,
    /** The municipality decided to have no rule on it (listed in {@link Regels#nietGeregeld()}). */
    NIET_GEREGELD,
    /** Nothing is known: not encoded, or not found in the sources. */
    ONBEKEND;

    public boolean isBekend() {
        return this != ONBEKEND;
    }
}
