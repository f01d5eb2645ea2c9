package nl.sekswerkregister.registratie.domain;

/** Where an access request filed at the desk stands. */
public enum InzageverzoekStatus {
    /** Filed by one officer; a second officer of the same municipality has yet to approve it. */
    WACHT_OP_GOEDKEURING,
    /** Approved: the municipality may see its own part of the report. */
    GOEDGEKEURD,
    /** Not filed: the person has no registration in this municipality, now or according to the log. */
    GEWEIGERD
}
