package nl.sekswerkregister.audittrail.domain;

/**
 * What an audit-trail row is about (column {@code audittrail.objecttype}, a closed list in V22). The
 * object id is the one the API uses for it: a uuid, or a licence number for a licence.
 */
public enum Objecttype {
    EXPLOITANT,
    VESTIGING,
    VERGUNNING,
    /** Reserved: the application as a case (issue 16, item 1). */
    AANVRAAG,
    /** Reserved: a document in a case's file (issue 16, item 2). */
    DOCUMENT,
    /** Reserved: a change of manager, a decision of its own (issue 16, item 4). */
    BEHEERDERWIJZIGING
}
