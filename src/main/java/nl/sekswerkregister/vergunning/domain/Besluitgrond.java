package nl.sekswerkregister.vergunning.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ground of a suspension or revocation, as the VNG model APV (art. 3:6, weigerings- en
 * intrekkingsgronden) and the Wet Bibob (art. 3) name them. Structured, so that another
 * municipality reading the national history can tell a revocation as a sanction from one at the
 * holder's request or by a transfer, without the motivation (which it never sees).
 */
public enum Besluitgrond {
    /** The licence's conditions or the APV's rules for the business are not complied with. */
    OVERTREDING_VOORSCHRIFTEN,
    /** Wet Bibob art. 3: a serious danger that the licence is used for crime. */
    BIBOB,
    /** Public order, safety, health or the living environment is harmed. */
    OPENBARE_ORDE,
    /** The operator or a manager no longer meets the requirements (levensgedrag, age, antecedents). */
    LEVENSGEDRAG,
    /** The application contained false or incomplete information that would have led to another decision. */
    ONJUISTE_GEGEVENS,
    /** Indications of involuntary or underage sex work, or human trafficking, in the business. */
    MISSTANDEN,
    /** The business has not been run (revocation only). */
    NIET_UITGEOEFEND,
    /** At the holder's own request (revocation only). */
    OP_VERZOEK,
    /** Another operator's licence for the business was granted (set by the service, never asked for). */
    OVERNAME;

    private static final Set<Besluitgrond> SCHORSING = EnumSet.of(OVERTREDING_VOORSCHRIFTEN, BIBOB, OPENBARE_ORDE,
            LEVENSGEDRAG, ONJUISTE_GEGEVENS, MISSTANDEN);
    private static final Set<Besluitgrond> INTREKKING = EnumSet.of(OVERTREDING_VOORSCHRIFTEN, BIBOB, OPENBARE_ORDE,
            LEVENSGEDRAG, ONJUISTE_GEGEVENS, MISSTANDEN, NIET_UITGEOEFEND, OP_VERZOEK);

    /**
     * Whether the desk may give this ground to a decision of this type. A suspension is a measure
     * against a wrong, so not at request; a transfer's revocation is taken by the service itself when
     * the new licence is granted, so nobody can claim a transfer that was never decided.
     */
    public boolean pastBij(Besluittype type) {
        return switch (type) {
            case SCHORSEN -> SCHORSING.contains(this);
            case INTREKKEN -> INTREKKING.contains(this);
            default -> false;
        };
    }

    /** Whether enforcement may impose a suspension or revocation on this ground: a wrong, not a request. */
    public boolean isSanctiegrond() {
        return SCHORSING.contains(this);
    }
}
