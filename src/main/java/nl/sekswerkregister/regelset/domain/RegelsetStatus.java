package nl.sekswerkregister.regelset.domain;

public enum RegelsetStatus {
    /** A draft: editable, not in force, ignored by the analyses. */
    CONCEPT,
    /** In force for its period; immutable (a correction is a new version). */
    GEPUBLICEERD,
    /**
     * A version from public sources that the municipality's own publication superseded: kept for
     * the record, in force nowhere.
     */
    VERVANGEN
}
