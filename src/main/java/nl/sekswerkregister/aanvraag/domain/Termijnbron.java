package nl.sekswerkregister.aanvraag.domain;

/** Where the number of weeks of a decision period comes from. */
public enum Termijnbron {
    /** The municipality's rule set in force on the day the application was received. */
    REGELSET,
    /** Awb art. 4:13(2): no period set by regulation, so at most eight weeks. */
    AWB
}
