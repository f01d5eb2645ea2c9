package nl.sekswerkregister.registratie.domain;

public enum RegistratieStatus {
    ACTIEF,
    GESCHORST,
    INGETROKKEN,
    /** Stored once noticed (at a new registration of the same person, or by the retention job); read as such from the day after geldigTot. */
    VERLOPEN;

    /** The status as it stands on a date: a running registration past geldigTot has expired. */
    public static RegistratieStatus actueel(RegistratieStatus opgeslagen, java.time.LocalDate geldigTot,
                                            java.time.LocalDate vandaag) {
        return opgeslagen.isLopend() && geldigTot.isBefore(vandaag) ? VERLOPEN : opgeslagen;
    }

    public boolean isLopend() {
        return this == ACTIEF || this == GESCHORST;
    }
}
