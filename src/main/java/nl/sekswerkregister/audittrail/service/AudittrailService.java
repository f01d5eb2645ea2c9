package nl.sekswerkregister.audittrail.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.domain.Wijziging;
import nl.sekswerkregister.audittrail.repository.AudittrailRepository;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * Reads an object's audit trail, for the auditor (every object) and for the licensing officers of the
 * municipality concerned. For an operator, a national record, that is every municipality it concerns: the
 * one keeping it, every one where it holds, held or applied for a licence, and every one whose officer
 * wrote to it; an officer elsewhere gets 403 (operators and licences are public decisions). Premises
 * elsewhere are not found (404), as everywhere in this service: a 403 would confirm that a door is
 * premises, and premises may be someone's home.
 */
@ApplicationScoped
public class AudittrailService {

    private static final TypeReference<List<Map<String, Object>>> LIJST = new TypeReference<>() {
    };

    private final AudittrailRepository repository;
    private final Gebruiker gebruiker;
    private final ObjectMapper json;

    public AudittrailService(AudittrailRepository repository, Gebruiker gebruiker, ObjectMapper json) {
        this.repository = repository;
        this.gebruiker = gebruiker;
        this.json = json;
    }

    public Pagina<AudittrailregelBeeld> vanExploitant(UUID exploitantId, Paginering paginering) {
        Set<String> gemeenten = repository.gemeentenVanExploitant(exploitantId)
                .orElseThrow(() -> ProbleemException.nietGevonden("Er is geen exploitant met dit id."));
        if (!isAuditor() && !(isVergunningverlener() && gebruiker.gemeenteCode().filter(gemeenten::contains).isPresent())) {
            throw ProbleemException.geenToegang("De audittrail van een exploitant lezen de auditor en de "
                    + "vergunningverleners van een gemeente die de exploitant bijhoudt, er een vergunning of aanvraag van "
                    + "heeft of had, of hem wijzigde.");
        }
        return pagina(Objecttype.EXPLOITANT, exploitantId.toString(), paginering);
    }

    public Pagina<AudittrailregelBeeld> vanVergunning(String vergunningnummer, Paginering paginering) {
        String gemeente = repository.gemeenteVanVergunning(vergunningnummer)
                .orElseThrow(() -> ProbleemException.nietGevonden("Er is geen vergunning met dit nummer."));
        if (!isAuditor() && !isEigenVergunningverlener(gemeente)) {
            throw ProbleemException.geenToegang("De audittrail van een vergunning lezen de auditor en de "
                    + "vergunningverleners van de gemeente van de vergunning.");
        }
        // The licence's file: the licence and its parts (case and Bibob steps, documents, manager changes).
        return Pagina.uit(repository.vanObject(DOSSIER, vergunningnummer, paginering.offset(),
                paginering.pageSize() + 1), paginering).map(this::beeld);
    }

    public Pagina<AudittrailregelBeeld> vanVestiging(UUID vestigingId, Paginering paginering) {
        boolean zichtbaar = repository.gemeenteVanVestiging(vestigingId)
                .map(gemeente -> isAuditor() || isEigenVergunningverlener(gemeente)).orElse(false);
        if (!zichtbaar) {
            throw ProbleemException.nietGevonden("Er is geen vestiging met dit id waarvan u de audittrail mag zien.");
        }
        return pagina(Objecttype.VESTIGING, vestigingId.toString(), paginering);
    }

    private static final java.util.Set<Objecttype> DOSSIER = java.util.EnumSet.of(Objecttype.VERGUNNING,
            Objecttype.AANVRAAG, Objecttype.DOCUMENT, Objecttype.BEHEERDERWIJZIGING);

    private Pagina<AudittrailregelBeeld> pagina(Objecttype type, String objectId, Paginering paginering) {
        return Pagina.uit(repository.vanObject(type, objectId, paginering.offset(), paginering.pageSize() + 1),
                paginering).map(this::beeld);
    }

    private boolean isAuditor() {
        return gebruiker.heeftRol(Rol.AUDITOR);
    }

    private boolean isVergunningverlener() {
        return gebruiker.heeftRol(Rol.VERGUNNINGVERLENER);
    }

    private boolean isEigenVergunningverlener(String gemeenteCode) {
        return isVergunningverlener() && gebruiker.gemeenteCode().map(gemeenteCode::equals).orElse(false);
    }

    private AudittrailregelBeeld beeld(AudittrailRepository.AudittrailRij r) {
        List<Wijziging> wijzigingen = new ArrayList<>();
        try {
            for (Map<String, Object> w : json.readValue(r.wijzigingen(), LIJST)) {
                String veld = (String) w.get("veld");
                wijzigingen.add(Boolean.TRUE.equals(w.get("persoonsgegeven")) ? Wijziging.persoonsgegeven(veld)
                        : new Wijziging(veld, w.get("oud"), w.get("nieuw"), false));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audittrail niet te lezen", e);
        }
        return new AudittrailregelBeeld(r.id(), r.objecttype(), r.objectId(), r.gemeenteCode(), r.tijdstip(), r.actor(),
                r.rol(), r.organisatie(), r.actie(), r.toelichting(), r.besluitId(), List.copyOf(wijzigingen));
    }
}
