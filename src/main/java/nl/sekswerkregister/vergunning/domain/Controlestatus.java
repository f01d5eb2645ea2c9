package nl.sekswerkregister.vergunning.domain;

import java.time.LocalDate;

/**
 * The answer to an enforcement officer's question "may this business operate today?". Coarser
 * than the lifecycle: an application, a refusal and a licence whose term has not yet begun all
 * mean that no licence is in force ({@link #NIET_VERLEEND}).
 */
public enum Controlestatus {
    GELDIG,
    GESCHORST,
    /**
     * The licence is in force, but its premises are closed today by a closure (sluiting, Gemeentewet
     * art. 174 / APV) of the municipality: no business may be run there until the closure ends.
     */
    GESLOTEN,
    INGETROKKEN,
    VERLOPEN,
    NIET_VERLEEND;

    public static Controlestatus bepaal(VergunningStatus opgeslagen, LocalDate geldigVanaf, LocalDate geldigTot,
                                        LocalDate vandaag) {
        return bepaal(opgeslagen, geldigVanaf, geldigTot, null, false, vandaag);
    }

    /**
     * With a suspension that may end on a date ({@code geschorstTot}) and whether the premises are
     * closed today. A closure counts only where a licence is in force (granted or suspended): an
     * expired, revoked or never granted licence says more about the door than the closure does.
     */
    public static Controlestatus bepaal(VergunningStatus opgeslagen, LocalDate geldigVanaf, LocalDate geldigTot,
                                        LocalDate geschorstTot, boolean gesloten, LocalDate vandaag) {
        Controlestatus status = switch (Levenscyclus.actueel(opgeslagen, geldigTot, geschorstTot, vandaag)) {
            case VERLEEND -> geldigVanaf != null && geldigVanaf.isAfter(vandaag) ? NIET_VERLEEND : GELDIG;
            case GESCHORST -> GESCHORST;
            case INGETROKKEN -> INGETROKKEN;
            case VERLOPEN -> VERLOPEN;
            case AANGEVRAAGD, GEWEIGERD, AANVRAAG_INGETROKKEN -> NIET_VERLEEND;
        };
        return gesloten && (status == GELDIG || status == GESCHORST) ? GESLOTEN : status;
    }
}
