package nl.sekswerkregister.regelset.domain;

/** Kinds of sex business that APVs license (VNG model APV, chapter 3). */
public enum Bedrijfstype {
    RAAMPROSTITUTIE,
    CLUB,
    ESCORT,
    THUISWERK,
    MASSAGESALON,
    /** Webcam studios, sex theatres: sexual services without physical contact. */
    ZONDER_FYSIEK_CONTACT,
    OVERIG;

    /** Escort works from no fixed premises, so it is the one type without an establishment address. */
    public boolean heeftVestiging() {
        return this != ESCORT;
    }
}
