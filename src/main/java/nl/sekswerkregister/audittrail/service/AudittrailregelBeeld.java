package nl.sekswerkregister.audittrail.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.domain.Wijziging;

/** One row of an object's audit trail, as it leaves the service. */
public record AudittrailregelBeeld(UUID id, Objecttype objecttype, String objectId, String gemeenteCode, Instant tijdstip,
                                   String actor, String rol, String organisatie, String actie, String toelichting,
                                   UUID besluitId, List<Wijziging> wijzigingen) {
}
