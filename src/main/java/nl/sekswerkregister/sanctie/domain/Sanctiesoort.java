package nl.sekswerkregister.sanctie.domain;

/**
 * The kinds of enforcement decision (Awb chapter 5; Gemeentewet art. 125 and 174). Each is a decision
 * of its own, never edited; {@link #OPHEFFING} is the follow-up that lifts or revokes an earlier one.
 */
public enum Sanctiesoort {
    /** A written warning: no legal consequence yet, but it is on record and may name a term to comply. */
    WAARSCHUWING,
    /** Order subject to a penalty (Awb art. 5:32): a sum forfeited per violation or period after the deadline. */
    LAST_ONDER_DWANGSOM,
    /** Administrative enforcement order (Awb art. 5:21, Gemeentewet art. 125): the municipality acts itself. */
    LAST_ONDER_BESTUURSDWANG,
    /** Administrative fine (Awb art. 5:40): only where a regulation, here the APV, provides one (Awb art. 5:4). */
    BESTUURLIJKE_BOETE,
    /** Temporary closure of the premises (Gemeentewet art. 174, APV), from a start to an end date. */
    SLUITING,
    /** Suspension of the licence until an end date: a licence decision SCHORSEN as well. */
    SCHORSING,
    /** Revocation of the licence: a licence decision INTREKKEN as well. */
    INTREKKING,
    /** Lifts (from a date) or revokes an earlier sanction; the earlier one stays on record as it was. */
    OPHEFFING;

    /** Whether a sanction of this kind rests on inspections (an OPHEFFING rests on the earlier decision). */
    public boolean vraagtControles() {
        return this != OPHEFFING;
    }

    /** Whether a later decision can lift it: a revocation is final, and a lifting is not lifted again. */
    public boolean isOpTeHeffen() {
        return this != INTREKKING && this != OPHEFFING;
    }
}
