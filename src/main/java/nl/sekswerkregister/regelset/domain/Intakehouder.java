package nl.sekswerkregister.regelset.domain;

/** Who holds the intake interview before a sex worker starts: it decides who holds its report. */
public enum Intakehouder {
    /** The operator, as a licence condition (Amsterdam since 2013). */
    EXPLOITANT,
    /** The municipality itself (Groningen since 2016). */
    GEMEENTE
}
