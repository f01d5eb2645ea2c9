package nl.sekswerkregister.regelset.domain;

/** What kind of text a national framework is: it decides what comparing a municipality with it means. */
public enum Kadersoort {
    /** Law in force (the Gemeentewet, the Criminal Code): the floor municipalities build on today. */
    HUIDIG_RECHT,
    /**
     * A national act, proposed or adopted (the Wrs): where it regulates a subject, APV provisions on
     * that subject lapse or may only supplement it (art. 121-122 Gemeentewet).
     */
    WETSVOORSTEL,
    /** A model regulation (the VNG model APV): a documented baseline, binding on no one. */
    MODELVERORDENING
}
