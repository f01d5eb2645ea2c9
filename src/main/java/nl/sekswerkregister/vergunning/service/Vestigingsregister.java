package nl.sekswerkregister.vergunning.service;

import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;

/**
 * Where a licence's premises are kept. Implemented by the vestiging feature, which also shows the
 * licences of premises: declaring the need here keeps the two features free of a cycle (vestiging
 * depends on vergunning, never the other way round).
 */
public interface Vestigingsregister {

    /**
     * The premises at this address in this municipality, created (and attributed to the caller)
     * when there are none yet. Safe under concurrency: two applications for one door get one premises.
     */
    UUID vestigingOp(String gemeenteCode, Adres adres);
}
