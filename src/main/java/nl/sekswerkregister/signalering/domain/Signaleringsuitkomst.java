package nl.sekswerkregister.signalering.domain;

/** How a signal ended. A fixed list, so that outcomes can be counted; the reasoning goes in the closure's remark. */
public enum Signaleringsuitkomst {
    /** The operator applied for a licence. */
    VERGUNNING_AANGEVRAAGD,
    /** The activity stopped (after a warning, or of its own accord). */
    ACTIVITEIT_BEEINDIGD,
    /** On inspection, no sex work was offered here: the signal was wrong. Not counted as observed displacement. */
    GEEN_SEKSWERK,
    /** A sanction was imposed (see the sanctions of the premises). */
    SANCTIE_OPGELEGD,
    /** Handed over to the police (for instance on signs of coercion). */
    OVERGEDRAGEN_AAN_POLITIE,
    /** The place or advertiser could not be traced. */
    NIET_TRACEERBAAR
}
