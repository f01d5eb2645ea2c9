package nl.sekswerkregister.controle.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;
import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.controle.domain.Bevinding;
import nl.sekswerkregister.controle.domain.Controle;
import nl.sekswerkregister.controle.domain.Vergunninghistorie.Licentie;
import nl.sekswerkregister.controle.domain.Vergunninghistorie.Statusbesluit;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * Inspections and their findings, and what an inspection needs to know of premises and licences. The
 * latter are read in SQL over the vestiging, vergunning and besluit tables, as the premises lookup
 * does, so that neither feature has to know inspections exist.
 */
@ApplicationScoped
public class ControleRepository implements PanacheRepositoryBase<Controle, UUID> {

    /** A licence found by its number, with the premises and municipality it belongs to. */
    public record GetoondeVergunningRij(String gemeenteCode, UUID vestigingId, Licentie licentie) {
    }

    private static final String LICENTIE = "select v.id, v.vergunningnummer, v.bedrijfstype, v.voorschriften, "
            + "v.geldig_vanaf, v.geldig_tot, v.gemeente_code, v.vestiging_id from vergunning v ";

    public Optional<String> gemeenteVanVestiging(UUID vestigingId) {
        return getEntityManager().createNativeQuery("select gemeente_code from vestiging where id = :id", String.class)
                .setParameter("id", vestigingId).getResultStream().findFirst().map(String.class::cast);
    }

    @SuppressWarnings("unchecked")
    public List<Licentie> vergunningenOp(UUID vestigingId) {
        List<Object[]> rijen = getEntityManager().createNativeQuery(LICENTIE + "where v.vestiging_id = :id")
                .setParameter("id", vestigingId).getResultList();
        return rijen.stream().map(ControleRepository::licentie).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<GetoondeVergunningRij> vergunningMetNummer(String vergunningnummer) {
        List<Object[]> rijen = getEntityManager().createNativeQuery(LICENTIE + "where v.vergunningnummer = :nummer")
                .setParameter("nummer", vergunningnummer).getResultList();
        return rijen.stream().findFirst().map(r -> new GetoondeVergunningRij((String) r[6], (UUID) r[7], licentie(r)));
    }

    /** The decisions that change a granted licence's state, of these licences. */
    @SuppressWarnings("unchecked")
    public List<Statusbesluit> statusbesluiten(Collection<UUID> vergunningIds) {
        if (vergunningIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = getEntityManager().createNativeQuery("""
                        select vergunning_id, besluittype, ingangsdatum, genomen_op from besluit
                        where vergunning_id in (:ids) and besluittype in ('SCHORSEN', 'SCHORSING_OPHEFFEN', 'INTREKKEN')""")
                .setParameter("ids", vergunningIds).getResultList();
        return rijen.stream().map(r -> new Statusbesluit((UUID) r[0], (String) r[1], datum(r[2]), tijdstip(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, String> vergunningnummers(Collection<UUID> ids) {
        Map<UUID, String> nummers = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Object[]> rijen = getEntityManager().createNativeQuery(
                    "select id, vergunningnummer from vergunning where id in (:ids)").setParameter("ids", ids).getResultList();
            rijen.forEach(r -> nummers.put((UUID) r[0], (String) r[1]));
        }
        return nummers;
    }

    /**
     * Inspections newest first (by date, then by when they were recorded).
     *
     * @param gemeenteCode only this municipality's; null for all
     */
    public List<Controle> pagina(String gemeenteCode, UUID vestigingId, LocalDate vanaf, LocalDate tot, int offset,
                                 int aantal) {
        StringBuilder jpql = new StringBuilder("from Controle c where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (gemeenteCode != null) {
            jpql.append(" and c.gemeenteCode = :gemeente");
            parameters.put("gemeente", gemeenteCode);
        }
        if (vestigingId != null) {
            jpql.append(" and c.vestigingId = :vestiging");
            parameters.put("vestiging", vestigingId);
        }
        if (vanaf != null) {
            jpql.append(" and c.datum >= :vanaf");
            parameters.put("vanaf", vanaf);
        }
        if (tot != null) {
            jpql.append(" and c.datum <= :tot");
            parameters.put("tot", tot);
        }
        jpql.append(" order by c.datum desc, c.vastgelegdOp desc, c.id");
        var query = getEntityManager().createQuery(jpql.toString(), Controle.class).setFirstResult(offset)
                .setMaxResults(aantal);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public List<Bevinding> bevindingen(Collection<UUID> controleIds) {
        if (controleIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from Bevinding b where b.controleId in :ids order by b.controleId, b.volgnummer",
                Bevinding.class).setParameter("ids", controleIds).getResultList();
    }

    public void bewaar(Controle controle, List<Bevinding> bevindingen) {
        persist(controle);
        bevindingen.forEach(getEntityManager()::persist);
        flush();
    }

    private static Licentie licentie(Object[] r) {
        return new Licentie((UUID) r[0], (String) r[1], Bedrijfstype.valueOf((String) r[2]), tekstlijst(r[3]),
                datum(r[4]), datum(r[5]));
    }

    private static List<String> tekstlijst(Object waarde) {
        try {
            if (waarde instanceof java.sql.Array a) {
                return List.of((String[]) a.getArray());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("voorschriften onleesbaar", e);
        }
        return waarde == null ? List.of() : List.of((String[]) waarde);
    }
}
