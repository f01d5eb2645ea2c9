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
    INGETROKKEN,
    VERLOPEN,
    NIET_VERLEEND;

    public static Controlestatus bepaal(VergunningStatus opgeslagen, LocalDate geldigVanaf, LocalDate geldigTot,
                                        LocalDate vandaag) {
        return switch (Levenscyclus.actueel(opgeslagen, geldigTot, vandaag)) {
            case VERLEEND -> geldigVanaf != null && geldigVanaf.isAfter(vandaag) ? NIET_VERLEEND : GELDIG;
            case GESCHORST -> GESCHORST;
            case INGETROKKEN -> INGETROKKEN;
            case VERLOPEN -> VERLOPEN;
            case AANGEVRAAGD, GEWEIGERD, AANVRAAG_INGETROKKEN -> NIET_VERLEEND;
        };
    }
}
