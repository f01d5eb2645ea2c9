package nl.sekswerkregister.fuzz.mutaties;

import nl.sekswerkregister.fuzz.Verzoek;

/** A mutation of the request around the body (headers, query, method), fit for every request. */
public interface VerzoekMutatie extends Mutatie {

    @Override
    default int fase() {
        return 3;
    }

    @Override
    default boolean past(Verzoek v) {
        return true;
    }
}
