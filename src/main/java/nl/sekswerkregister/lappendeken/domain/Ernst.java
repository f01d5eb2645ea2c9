package nl.sekswerkregister.lappendeken.domain;

/** How serious a finding is. */
public enum Ernst {
    /** Unlawful or against the framework: act on it. */
    FOUT,
    /** A real risk (displacement, legal challenge, mutual non-recognition): weigh it. */
    WAARSCHUWING,
    /** A difference worth knowing about, not a problem by itself. */
    INFORMATIE
}
