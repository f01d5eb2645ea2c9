package nl.sekswerkregister.audittrail.domain;

/**
 * What was done. The column takes any upper-case word (V22), so a feature that needs another action
 * adds it here and needs no migration; these are the ones the service writes today.
 */
public enum Audittrailactie {
    /** The object came into being. The changes list its first values. */
    AANGEMAAKT,
    /** Fields of the object changed (a PATCH, or a mark such as premises becoming someone's home). */
    GEWIJZIGD,
    /** A decision changed the object (a licence's status); the row names the decision. */
    BESLUIT_GENOMEN,
    /** Reserved: something was added to the object, e.g. a document to a case's file. */
    TOEGEVOEGD
}
