package nl.sekswerkregister.aanvraag.domain;

/** Where a licence application stands as a case at the desk. */
public enum Aanvraagstatus {
    /** Received, not (yet) found incomplete. */
    ONTVANGEN,
    /** The applicant was asked for missing items (Awb art. 4:5) and has not supplied them yet. */
    ONVOLLEDIG,
    /** Missing items were supplied: the desk is assessing it. */
    IN_BEHANDELING,
    /** Decided: granted or refused. */
    BESLOTEN,
    /** The applicant withdrew the application. */
    INGETROKKEN;

    public boolean isOpen() {
        return this != BESLOTEN && this != INGETROKKEN;
    }
}
