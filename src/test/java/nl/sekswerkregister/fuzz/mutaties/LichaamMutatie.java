package nl.sekswerkregister.fuzz.mutaties;

import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Verzoek;

/** A mutation of the body's JSON tree (before anything works on its text). */
public interface LichaamMutatie extends Mutatie {

    @Override
    default boolean past(Verzoek v) {
        return v.json != null && v.tekst == null && v.bytes == null && !Plek.van(v).isEmpty();
    }
}
