package nl.sekswerkregister.vergunning.domain;

/** Decisions (besluiten in the sense of the Awb) that change a licence's status. */
public enum Besluittype {
    VERLENEN,
    WEIGEREN,
    SCHORSEN,
    SCHORSING_OPHEFFEN,
    INTREKKEN,
    AANVRAAG_INTREKKEN,
    /** A new term for a licence in force, following the current one without a gap; same number, same status. */
    VERLENGEN
}
