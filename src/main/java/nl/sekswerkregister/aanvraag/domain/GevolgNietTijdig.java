package nl.sekswerkregister.aanvraag.domain;

/** What follows when the decision period passes without a decision. */
public enum GevolgNietTijdig {
    /**
     * Awb §4.1.3.3 (lex silencio positivo, Services Directive art. 13(4)): the licence is granted by
     * operation of law. The register does not grant it by itself: it shows the desk that this happened.
     */
    VAN_RECHTSWEGE_VERLEEND,
    /** Awb §4.1.3.2: the applicant may serve notice of default and a penalty for late decisions runs. */
    INGEBREKESTELLING_EN_DWANGSOM,
    /** The rule set in force does not say whether §4.1.3.3 applies (or there was none): never guessed. */
    ONBEKEND
}
