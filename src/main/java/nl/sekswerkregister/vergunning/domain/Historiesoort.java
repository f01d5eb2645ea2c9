package nl.sekswerkregister.vergunning.domain;

/**
 * What another municipality decided that the national history reports. Only measures that say something
 * about the operator or manager: a grant, the lifting of a suspension or a withdrawn application do not.
 */
public enum Historiesoort {
    WEIGEREN,
    INTREKKEN,
    SCHORSEN,
    /** Advice of the national Bibob bureau: "ernstig gevaar" (art. 3 Wet Bibob); only that it exists, and when. */
    BIBOB_ERNSTIG_GEVAAR
}
