package nl.sekswerkregister.audittrail.service;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.sekswerkregister.audittrail.domain.Audittrailactie;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.domain.Wijziging;
import nl.sekswerkregister.audittrail.repository.AudittrailRepository;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.tijd.Klok;

/**
 * Writes the audit trail: every feature that changes operators, premises, licences, cases, documents or
 * managers calls one of these methods inside its own transaction (MANDATORY: called outside one, it
 * fails rather than write a row that could outlive a rolled-back change), once per object it writes.
 * The row commits with the change or not at all.
 *
 * <p><b>Who.</b> The actor is the token's subject, the role the token's roles (sorted, comma-separated,
 * as premises and signals record them), the organisation the token's municipality (claim
 * {@code gemeente}), else its police unit or RIEC region, else {@code landelijk}. A write without a
 * request (a scheduled job: the automatic end of a suspension) is written as actor and role
 * {@code systeem}, organisation {@code sekswerkregister}.
 *
 * <p><b>What.</b> Pass the object as it was and as it is, as the service's own snapshots
 * ({@code ...Beeld}); the changed fields are computed by comparing the two as Jackson trees (nested
 * fields as dotted paths, lists as one value, {@code versie} ignored). Name in {@code persoonsgegevens}
 * every path that is personal data (a manager's pseudonym, an address that may be someone's home): such
 * a field is listed as changed, without old or new value. Never pass a BSN, document number or name in a
 * snapshot at all; the trail keeps what it is given.
 *
 * <p><b>Where.</b> {@code gemeenteCode} is the municipality concerned: the licence's, the premises', the
 * case's; for an operator (national) the writer's. It decides who reads the row's trail (see
 * {@link AudittrailService}).
 */
@ApplicationScoped
public class Audittrail {

    static final String SYSTEEM = "systeem";
    static final String SYSTEEMORGANISATIE = "sekswerkregister";
    static final String LANDELIJK = "landelijk";

    private final AudittrailRepository repository;
    private final Gebruiker gebruiker;
    private final Klok klok;
    private final ObjectMapper json;

    public Audittrail(AudittrailRepository repository, Gebruiker gebruiker, Klok klok, ObjectMapper json) {
        this.repository = repository;
        this.gebruiker = gebruiker;
        this.klok = klok;
        // Snapshots hold value classes such as Adres, whose accessors are not bean getters: compare by fields.
        this.json = json.copy().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /**
     * The object came into being: its first values are listed as changes from nothing.
     *
     * @param nieuw the object as created (a snapshot record); fields without a value are left out
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void legAanmaak(Objecttype type, String objectId, String gemeenteCode, Object nieuw,
                           Set<String> persoonsgegevens) {
        leg(type, objectId, gemeenteCode, Audittrailactie.AANGEMAAKT, null, null,
                Verschil.tussen(json, null, nieuw, persoonsgegevens));
    }

    /**
     * Fields of the object changed. A write that changed nothing is a row all the same, with no changes:
     * the trail records every write, also an empty one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void legWijziging(Objecttype type, String objectId, String gemeenteCode, Object oud, Object nieuw,
                             Set<String> persoonsgegevens) {
        leg(type, objectId, gemeenteCode, Audittrailactie.GEWIJZIGD, null, null,
                Verschil.tussen(json, oud, nieuw, persoonsgegevens));
    }

    /**
     * A decision changed the object (for a licence: its status, dates). The row names the decision by id and,
     * in {@code toelichting}, by type ({@code VERLENEN}, {@code SCHORSEN}, ...); never its motivation, which may
     * say more about persons than a trail should.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void legBesluit(Objecttype type, String objectId, String gemeenteCode, UUID besluitId, String besluittype,
                           Object oud, Object nieuw, Set<String> persoonsgegevens) {
        leg(type, objectId, gemeenteCode, Audittrailactie.BESLUIT_GENOMEN, besluittype, besluitId,
                Verschil.tussen(json, oud, nieuw, persoonsgegevens));
    }

    /**
     * The general form, for an action the three above do not fit (e.g. {@link Audittrailactie#TOEGEVOEGD}
     * for a document). {@code toelichting} is a code or short fixed text of the service (at most 500
     * characters), never free text from a request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leg(Objecttype type, String objectId, String gemeenteCode, Audittrailactie actie, String toelichting,
                    UUID besluitId, List<Wijziging> wijzigingen) {
        Objects.requireNonNull(gemeenteCode, "gemeenteCode");
        Actor actor = actor();
        repository.voegToe(new AudittrailRepository.AudittrailRij(UUID.randomUUID(), type, objectId, gemeenteCode,
                klok.nu(), actor.subject(), actor.rol(), actor.organisatie(), actie.name(), toelichting, besluitId,
                alsJson(wijzigingen)));
    }

    private record Actor(String subject, String rol, String organisatie) {
    }

    private Actor actor() {
        if (!Arc.container().requestContext().isActive() || gebruiker.subject() == null) {
            return new Actor(SYSTEEM, SYSTEEM, SYSTEEMORGANISATIE);
        }
        String organisatie = gebruiker.gemeenteCode().or(gebruiker::politieEenheid).or(gebruiker::riecRegio)
                .orElse(LANDELIJK);
        String rollen = gebruiker.rollen();
        return new Actor(gebruiker.subject(), rollen.isEmpty() ? "-" : rollen, organisatie);
    }

    private String alsJson(List<Wijziging> wijzigingen) {
        List<Map<String, Object>> lijst = new ArrayList<>();
        for (Wijziging w : wijzigingen) {
            Map<String, Object> rij = new LinkedHashMap<>();
            rij.put("veld", w.veld());
            if (w.persoonsgegeven()) {
                rij.put("persoonsgegeven", true);
            } else {
                rij.put("oud", w.oud());
                rij.put("nieuw", w.nieuw());
            }
            rij.values().removeIf(Objects::isNull);
            lijst.add(rij);
        }
        try {
            return json.writeValueAsString(lijst);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audittrail niet te schrijven", e);
        }
    }
}
