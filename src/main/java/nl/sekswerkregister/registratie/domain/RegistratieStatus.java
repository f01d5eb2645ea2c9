package nl.sekswerkregister.registratie.domain;

public enum RegistratieStatus {
    ACTIEF,
    GESCHORST,
    INGETROKKEN,
    /** Stored once noticed (at a new registration of the same person, or by the retention job); read as such from the day after geldigTot. */
    VERLOPEN;

    public boolean isLopend() {
        return this == ACTIEF || this == GESCHORST;
    }
}
