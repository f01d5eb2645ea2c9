package nl.sekswerkregister.sanctie.domain;

/**
 * The kind of legal basis a sanction names; the free reference text says precisely which article
 * (an APV's numbering differs per municipality, so APV is one kind with the article in the text).
 */
public enum Grondslagsoort {
    /** The municipality's bylaw (Algemene plaatselijke verordening): the rule broken, or the power it gives. */
    APV,
    /** Gemeentewet art. 125: the municipality's power of administrative enforcement (and so of a penalty). */
    GEMEENTEWET_125,
    /** Gemeentewet art. 174: the mayor's supervision of public establishments, closure among it. */
    GEMEENTEWET_174,
    /** Awb art. 5:21: administrative enforcement order. */
    AWB_5_21,
    /** Awb art. 5:32: order subject to a penalty. */
    AWB_5_32,
    /** Awb art. 5:40: administrative fine. */
    AWB_5_40,
    /** Another act (named in the reference text). */
    WET,
    OVERIG
}
