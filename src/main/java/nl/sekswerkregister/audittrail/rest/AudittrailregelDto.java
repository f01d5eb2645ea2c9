package nl.sekswerkregister.audittrail.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.domain.Wijziging;
import nl.sekswerkregister.audittrail.service.AudittrailregelBeeld;

/** One row of an audit trail on the wire (ZGW style: who, in which role and organisation, when, what). */
public record AudittrailregelDto(UUID id, Objecttype objecttype, String objectId, String gemeenteCode, Instant tijdstip,
                                 String gebruikersId, String rol, String organisatie, String actie, String toelichting,
                                 UUID besluitId, List<WijzigingDto> wijzigingen) {

    /** A changed field; a field that is personal data has no values, only {@code persoonsgegeven: true}. */
    public record WijzigingDto(String veld, Object oud, Object nieuw, boolean persoonsgegeven) {

        static WijzigingDto van(Wijziging w) {
            return new WijzigingDto(w.veld(), w.oud(), w.nieuw(), w.persoonsgegeven());
        }
    }

    static AudittrailregelDto van(AudittrailregelBeeld r) {
        return new AudittrailregelDto(r.id(), r.objecttype(), r.objectId(), r.gemeenteCode(), r.tijdstip(), r.actor(),
                r.rol(), r.organisatie(), r.actie(), r.toelichting(), r.besluitId(),
                r.wijzigingen().stream().map(WijzigingDto::van).toList());
    }
}
