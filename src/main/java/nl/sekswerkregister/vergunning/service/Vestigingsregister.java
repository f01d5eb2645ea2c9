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
     * Premises met at an inspection or in a signal: whether they are a home is not known there.
     */
    default UUID vestigingOp(String gemeenteCode, Adres adres) {
        return vestigingOp(gemeenteCode, adres, false);
    }

    /**
     * As {@link #vestigingOp(String, Adres)}, as a licence gives its premises: {@code woning} marks them as
     * someone's home (never listed with their address in public). Premises already marked stay marked,
     * whatever a later application says: un-marking them would publish a home address.
     */
    UUID vestigingOp(String gemeenteCode, Adres adres, boolean woning);

    /** Whether these premises are marked as someone's home. */
    boolean isWoning(UUID vestigingId);
}
