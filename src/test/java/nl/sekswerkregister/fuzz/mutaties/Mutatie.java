package nl.sekswerkregister.fuzz.mutaties;

import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * One kind of mutation. It changes a working request in one seeded way and says what it did
 * ({@link Verzoek#mutatie}); where the contract or the README says how such a request must be
 * answered, it says that too ({@link Verzoek#verwacht}, {@link Verzoek#moetGeweigerd}).
 */
public interface Mutatie {

    /** 1: on the body's JSON tree; 2: on the body's text; 3: on the request around it. */
    default int fase() {
        return 1;
    }

    default String naam() {
        return getClass().getSimpleName();
    }

    boolean past(Verzoek v);

    void pasToe(Verzoek v, Trekker t);
}
