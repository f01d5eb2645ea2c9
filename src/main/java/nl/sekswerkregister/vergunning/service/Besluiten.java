package nl.sekswerkregister.vergunning.service;

import nl.sekswerkregister.vergunning.domain.VergunningStatus;

final class Besluiten {

    private Besluiten() {
    }

    /** A licence's particulars can be corrected while it is pending or in force, not after it has ended. */
    static boolean isWijzigbaar(VergunningStatus status) {
        return status == VergunningStatus.AANGEVRAAGD || status == VergunningStatus.VERLEEND
                || status == VergunningStatus.GESCHORST;
    }
}
