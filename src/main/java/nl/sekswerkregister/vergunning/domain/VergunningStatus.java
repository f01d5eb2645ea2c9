package nl.sekswerkregister.vergunning.domain;

/** Where a licence is in its lifecycle. {@link #VERLOPEN} is derived from the date, never stored. */
public enum VergunningStatus {
    AANGEVRAAGD,
    VERLEEND,
    GEWEIGERD,
    GESCHORST,
    INGETROKKEN,
    VERLOPEN,
    AANVRAAG_INGETROKKEN
}
