package nl.sekswerkregister.audittrail.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sekswerkregister.audittrail.domain.Objecttype;

/**
 * The trail, in SQL: the table is insert-only (V22), so there is nothing for an entity to track. The
 * objects it is about belong to other features and are read here as projections (which municipality
 * they concern), so that none of those features depends on the trail for more than writing to it.
 */
@ApplicationScoped
public class AudittrailRepository {

    private final EntityManager em;

    public AudittrailRepository(EntityManager em) {
        this.em = em;
    }

    /** A row as written; {@code wijzigingen} is the JSON array, already free of personal values. */
    public record AudittrailRij(UUID id, Objecttype objecttype, String objectId, String gemeenteCode, Instant tijdstip,
                                String actor, String rol, String organisatie, String actie, String toelichting,
                                UUID besluitId, String wijzigingen) {
    }

    public void voegToe(AudittrailRij r) {
        em.createNativeQuery("""
                        insert into audittrail (id, objecttype, object_id, gemeente_code, tijdstip, actor, rol, organisatie,
                            actie, toelichting, besluit_id, wijzigingen)
                        values (:id, :type, :object, :gemeente, :tijdstip, :actor, :rol, :organisatie, :actie, :toelichting,
                            :besluit, cast(:wijzigingen as jsonb))""")
                .setParameter("id", r.id()).setParameter("type", r.objecttype().name())
                .setParameter("object", r.objectId()).setParameter("gemeente", r.gemeenteCode())
                .setParameter("tijdstip", r.tijdstip()).setParameter("actor", r.actor()).setParameter("rol", r.rol())
                .setParameter("organisatie", r.organisatie()).setParameter("actie", r.actie())
                .setParameter("toelichting", r.toelichting()).setParameter("besluit", r.besluitId())
                .setParameter("wijzigingen", r.wijzigingen())
                .executeUpdate();
    }

    /** One page of an object's trail, newest first (rows of one instant in the reverse order of writing). */
    @SuppressWarnings("unchecked")
    public List<AudittrailRij> vanObject(Objecttype type, String objectId, int offset, int aantal) {
        return vanObject(java.util.Set.of(type), objectId, offset, aantal);
    }

    /**
     * One page of the trail of objects of these types under one id, newest first: a licence's file is the
     * licence and its parts (case, documents, manager changes), all written under the licence's number.
     */
    @SuppressWarnings("unchecked")
    public List<AudittrailRij> vanObject(java.util.Set<Objecttype> types, String objectId, int offset, int aantal) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select id, objecttype, object_id, gemeente_code, tijdstip, actor, rol, organisatie, actie,
                            toelichting, besluit_id, wijzigingen::text
                        from audittrail where objecttype in (:types) and object_id = :object
                        order by tijdstip desc, volgnummer desc""")
                .setParameter("types", types.stream().map(Enum::name).toList()).setParameter("object", objectId)
                .setFirstResult(offset).setMaxResults(aantal).getResultList();
        return rijen.stream().map(r -> new AudittrailRij((UUID) r[0], Objecttype.valueOf((String) r[1]), (String) r[2],
                (String) r[3], tijdstip(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                (UUID) r[10], (String) r[11])).toList();
    }

    /**
     * The municipalities an operator concerns, or empty when there is no such operator: the one that keeps
     * it, every one where it holds, held or applied for a licence, and every one whose officer wrote to it.
     */
    @SuppressWarnings("unchecked")
    public Optional<Set<String>> gemeentenVanExploitant(UUID exploitantId) {
        List<Object> keeper = em.createNativeQuery("select coalesce(beheergemeente, '') from exploitant where id = :id")
                .setParameter("id", exploitantId).getResultList();
        if (keeper.isEmpty()) {
            return Optional.empty();
        }
        Set<String> gemeenten = new TreeSet<>();
        if (!((String) keeper.get(0)).isEmpty()) {
            gemeenten.add((String) keeper.get(0));
        }
        gemeenten.addAll(em.createNativeQuery("""
                        select gemeente_code from vergunning where exploitant_id = :id
                        union select gemeente_code from audittrail where objecttype = 'EXPLOITANT' and object_id = :object""")
                .setParameter("id", exploitantId).setParameter("object", exploitantId.toString()).getResultList());
        return Optional.of(gemeenten);
    }

    @SuppressWarnings("unchecked")
    public Optional<String> gemeenteVanVergunning(String vergunningnummer) {
        List<String> rijen = em.createNativeQuery("select gemeente_code from vergunning where vergunningnummer = :nummer")
                .setParameter("nummer", vergunningnummer).getResultList();
        return rijen.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public Optional<String> gemeenteVanVestiging(UUID vestigingId) {
        List<String> rijen = em.createNativeQuery("select gemeente_code from vestiging where id = :id")
                .setParameter("id", vestigingId).getResultList();
        return rijen.stream().findFirst();
    }
}
