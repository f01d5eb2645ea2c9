package nl.sekswerkregister.regelset.domain;

/**
 * What a municipality's registration of sex workers is, if it has one. The kinds differ in what
 * they expose: a register on name is unlawful without a statutory basis (ABRvS 23-12-2020), a
 * pseudonymous number (Assen) or an anonymous day pass (Nijmegen since July 2024) is not.
 */
public enum Registratievorm {
    /** A register of sex workers by name. */
    REGISTER_OP_NAAM,
    /** A number that only enforcement and the sex worker can trace back to the person. */
    PSEUDONIEM_NUMMER,
    /** An anonymous pass for one day (a street zone). */
    DAGPAS,
    /** Registration the sex worker may choose, with no duty behind it (Lelystad). */
    VRIJWILLIG,
    /** No registration of any kind. */
    GEEN
}
