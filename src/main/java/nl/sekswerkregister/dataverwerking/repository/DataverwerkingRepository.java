package nl.sekswerkregister.dataverwerking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;

@ApplicationScoped
public class DataverwerkingRepository implements PanacheRepositoryBase<Dataverwerking, Long> {

    /**
     * Entries that name the person, and entries about any registration that an entry naming the
     * person refers to (reads and checks log only the record, not the person).
     */
    public List<Dataverwerking> vanBetrokkeneOfZijnRegistraties(String betrokkene) {
        return list("""
                betrokkene = ?1 or registratieId in (
                    select d.registratieId from Dataverwerking d where d.betrokkene = ?1 and d.registratieId is not null)
                order by startTijd, id""", betrokkene);
    }

    /** Whether an entry names the person and says that this organisation did this operation with this outcome. */
    public boolean heeftVerwerkt(String betrokkene, String organisatie, String operatie, String status) {
        return count("betrokkene = ?1 and organisatie = ?2 and operatie = ?3 and status = ?4", betrokkene, organisatie,
                operatie, status) > 0;
    }

    public List<Dataverwerking> pagina(Instant vanaf, Instant tot, String organisatie, String operatie, int offset,
                                       int aantal) {
        StringBuilder jpql = new StringBuilder("from Dataverwerking d where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (vanaf != null) {
            jpql.append(" and d.startTijd >= :vanaf");
            p.put("vanaf", vanaf);
        }
        if (tot != null) {
            jpql.append(" and d.startTijd < :tot");
            p.put("tot", tot);
        }
        if (organisatie != null) {
            jpql.append(" and d.organisatie = :organisatie");
            p.put("organisatie", organisatie);
        }
        if (operatie != null) {
            jpql.append(" and d.operatie = :operatie");
            p.put("operatie", operatie);
        }
        jpql.append(" order by d.id");
        var query = getEntityManager().createQuery(jpql.toString(), Dataverwerking.class)
                .setFirstResult(offset).setMaxResults(aantal);
        p.forEach(query::setParameter);
        return query.getResultList();
    }
}
