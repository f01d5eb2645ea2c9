package nl.sekswerkregister.registratie.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.registratie.domain.Registratie;
import nl.sekswerkregister.registratie.domain.RegistratieStatus;

@ApplicationScoped
public class RegistratieRepository implements PanacheRepositoryBase<Registratie, UUID> {

    /** What the hit/no-hit check needs, as a projection: no entity, one indexed lookup. */
    public record StatusRij(UUID id, String gemeenteCode, RegistratieStatus status, LocalDate geldigTot) {
    }

    public Optional<Registratie> metNummer(String registratienummer) {
        return find("registratienummer", registratienummer).firstResultOptional();
    }

    public Optional<StatusRij> status(String registratienummer) {
        return getEntityManager().createQuery("""
                        select new nl.sekswerkregister.registratie.repository.RegistratieRepository$StatusRij(
                            r.id, r.gemeenteCode, r.status, r.geldigTot)
                        from Registratie r where r.registratienummer = :nummer""", StatusRij.class)
                .setParameter("nummer", registratienummer).getResultStream().findFirst();
    }

    /** Registrations of a person that have not ended, under any key version (during a rotation both exist). */
    public List<Registratie> lopendVan(List<String> landelijkePseudoniemen) {
        return list("landelijkPseudoniem in ?1 and status in ?2", landelijkePseudoniemen,
                List.of(RegistratieStatus.ACTIEF, RegistratieStatus.GESCHORST));
    }

    public List<Registratie> vanGemeente(String gemeenteCode, List<String> gemeentePseudoniemen) {
        return list("gemeenteCode = ?1 and gemeentePseudoniem in ?2 order by aangemaaktOp", gemeenteCode,
                gemeentePseudoniemen);
    }

    /** Decisions are kept with their motivation, as for licences (Awb). */
    public void legBesluitVast(UUID registratieId, String besluittype, String motivering, RegistratieStatus statusNa,
                               LocalDate geldigTotNa, java.time.Instant genomenOp) {
        getEntityManager().createNativeQuery("""
                        insert into registratie_besluit (id, registratie_id, besluittype, motivering, status_na,
                            geldig_tot_na, genomen_op) values (:id, :registratie, :type, :motivering, :status, :tot, :op)""")
                .setParameter("id", UUID.randomUUID()).setParameter("registratie", registratieId)
                .setParameter("type", besluittype).setParameter("motivering", motivering)
                .setParameter("status", statusNa.name()).setParameter("tot", geldigTotNa).setParameter("op", genomenOp)
                .executeUpdate();
    }

    /** Serialises registrations of one person across threads and instances for the rest of the transaction. */
    public void vergrendelPersoon(String landelijkPseudoniem) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:p, 0))")
                .setParameter("p", landelijkPseudoniem).getSingleResult();
    }
}
