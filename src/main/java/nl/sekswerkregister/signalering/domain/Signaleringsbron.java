package nl.sekswerkregister.signalering.domain;

/**
 * Where enforcement learnt of it. A fixed list, so that the sources can be counted and compared
 * between municipalities; never a name: a complaint is MELDING_BURGER, not who made it.
 */
public enum Signaleringsbron {
    /** A resident's or business's complaint or report to the municipality. */
    MELDING_BURGER,
    /** The municipality's own search of advertising sites. */
    INTERNETSURVEILLANCE,
    /** Seen during an inspection (of these or other premises). */
    CONTROLE,
    /** Passed on by the police (vice unit, neighbourhood officer). */
    POLITIE,
    /** Passed on by another municipality's enforcement. */
    ANDERE_GEMEENTE,
    /** An anonymous tip (Meld Misdaad Anoniem, an anonymous letter). */
    ANONIEM
}
