package nl.sekswerkregister.vestiging.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adressleutel;
import nl.sekswerkregister.common.beveiliging.Bereik;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vestiging.domain.Vestiging;

/**
 * Premises, and the licences at them. Licences are read here in SQL over the vergunning table, so
 * that the licence feature need not know premises exist (it only asks for an id through
 * vergunning.service.Vestigingsregister).
 */
@ApplicationScoped
public class VestigingRepository implements PanacheRepositoryBase<Vestiging, UUID> {

    /** The key of a door, as the unique index vestiging_adres_uk has it. */
    private static final String ZELFDE_DEUR = "gemeente_code = :gemeente and postcode = :postcode "
            + "and huisnummer = :huisnummer and coalesce(huisletter, '') = :huisletter "
            + "and coalesce(toevoeging, '') = :toevoeging";
    /** Premises with at least one licence that is not work at home: not somebody's home address. */
    private static final String NIET_ALLEEN_THUISWERK = " and exists (select 1 from vergunning v "
            + "where v.vestiging_id = s.id and v.bedrijfstype <> 'THUISWERK')";

    /** A licence at premises, as the lookup shows it. */
    public record VergunningRij(UUID vestigingId, String vergunningnummer, Bedrijfstype bedrijfstype,
                                VergunningStatus status, LocalDate geldigVanaf, LocalDate geldigTot,
                                LocalDate geschorstTot) {
    }

    /** A closure of premises in force on a day (a sanction; see the view sluiting_in_werking, V17). */
    public record SluitingRij(UUID vestigingId, UUID sanctieId, LocalDate ingangsdatum, LocalDate einddatum) {
    }

    /** The premises at a door, and whether this call made them (for the audit trail: one row per write). */
    public record GevondenVestigingRij(UUID id, boolean nieuw) {
    }

    /**
     * The id of the premises at this door, inserted first when there are none. ON CONFLICT DO NOTHING
     * waits for a concurrent insert of the same door and then finds its row, so two applications for
     * one door made at once share one premises (and only the one that inserted is told it made them).
     */
    public GevondenVestigingRij vindOfMaak(String gemeenteCode, Adressleutel sleutel, String straatnaam, String woonplaats,
                                          Instant nu, String door, String rol) {
        int ingevoegd = getEntityManager().createNativeQuery("""
                        insert into vestiging (id, gemeente_code, postcode, huisnummer, huisletter, toevoeging,
                            straatnaam, woonplaats, aangemaakt_op, aangemaakt_door, aangemaakt_rol)
                        values (:id, :gemeente, :postcode, :huisnummer, nullif(:huisletter, ''), nullif(:toevoeging, ''),
                            :straatnaam, :woonplaats, :nu, :door, :rol)
                        on conflict do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("gemeente", gemeenteCode).setParameter("postcode", sleutel.postcode())
                .setParameter("huisnummer", sleutel.huisnummer())
                .setParameter("huisletter", leegAlsGeen(sleutel.huisletter()))
                .setParameter("toevoeging", leegAlsGeen(sleutel.huisnummertoevoeging()))
                .setParameter("straatnaam", straatnaam).setParameter("woonplaats", woonplaats)
                .setParameter("nu", nu).setParameter("door", door).setParameter("rol", rol)
                .executeUpdate();
        UUID id = (UUID) getEntityManager().createNativeQuery("select id from vestiging where " + ZELFDE_DEUR)
                .setParameter("gemeente", gemeenteCode).setParameter("postcode", sleutel.postcode())
                .setParameter("huisnummer", sleutel.huisnummer())
                .setParameter("huisletter", leegAlsGeen(sleutel.huisletter()))
                .setParameter("toevoeging", leegAlsGeen(sleutel.huisnummertoevoeging()))
                .getSingleResult();
        return new GevondenVestigingRij(id, ingevoegd == 1);
    }

    /**
     * Premises at an address: at that number, and at that letter and addition when given (without
     * them every door at the number, as an officer in front of a building may not know which is meant).
     *
     * @param bereik only these municipalities; premises that are only a home worker's home only when it says so
     */
    public List<Vestiging> opAdres(Bereik bereik, Adressleutel adres, int offset, int aantal) {
        StringBuilder sql = new StringBuilder("select s.* from vestiging s where s.postcode = :postcode "
                + "and s.huisnummer = :huisnummer");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("postcode", adres.postcode());
        parameters.put("huisnummer", adres.huisnummer());
        if (adres.huisletter() != null) {
            sql.append(" and s.huisletter = :huisletter");
            parameters.put("huisletter", adres.huisletter());
        }
        if (adres.huisnummertoevoeging() != null) {
            sql.append(" and s.toevoeging = :toevoeging");
            parameters.put("toevoeging", adres.huisnummertoevoeging());
        }
        return pagina(sql, parameters, bereik, offset, aantal);
    }

    /** Premises where an operator holds (or held, or applied for) a licence. */
    public List<Vestiging> vanExploitant(Bereik bereik, String kvkNummer, int offset, int aantal) {
        StringBuilder sql = new StringBuilder("select s.* from vestiging s where exists (select 1 from vergunning v "
                + "join exploitant e on e.id = v.exploitant_id where v.vestiging_id = s.id and e.kvk_nummer = :kvk)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("kvk", kvkNummer);
        return pagina(sql, parameters, bereik, offset, aantal);
    }

    /** Marks premises as someone's home (a trigger keeps the mark: V21); true when they were not marked yet. */
    public boolean markeerAlsWoning(UUID vestigingId) {
        return getEntityManager().createNativeQuery("update vestiging set woning = true where id = :id and not woning")
                .setParameter("id", vestigingId).executeUpdate() == 1;
    }

    public boolean isWoning(UUID vestigingId) {
        return Boolean.TRUE.equals(getEntityManager().createNativeQuery("select woning from vestiging where id = :id")
                .setParameter("id", vestigingId).getSingleResult());
    }

    public boolean isAlleenThuiswerk(UUID vestigingId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from vestiging s where s.id = :id"
                        + NIET_ALLEEN_THUISWERK).setParameter("id", vestigingId).getSingleResult()).longValue() == 0;
    }

    @SuppressWarnings("unchecked")
    public List<VergunningRij> vergunningen(Collection<UUID> vestigingIds) {
        if (vestigingIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = getEntityManager().createNativeQuery("""
                        select v.vestiging_id, v.vergunningnummer, v.bedrijfstype, v.status, v.geldig_vanaf, v.geldig_tot,
                            v.geschorst_tot
                        from vergunning v where v.vestiging_id in (:ids) order by v.vergunningnummer""")
                .setParameter("ids", vestigingIds).getResultList();
        return rijen.stream().map(r -> new VergunningRij((UUID) r[0], (String) r[1], Bedrijfstype.valueOf((String) r[2]),
                VergunningStatus.valueOf((String) r[3]), datum(r[4]), datum(r[5]), datum(r[6]))).toList();
    }

    /**
     * Closures in force on a day at these premises, the one that lasts longest first. Read in SQL from
     * enforcement's view, so that premises need not know the sanction feature (which depends on them).
     */
    @SuppressWarnings("unchecked")
    public List<SluitingRij> sluitingen(Collection<UUID> vestigingIds, LocalDate op) {
        if (vestigingIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = getEntityManager().createNativeQuery("""
                        select vestiging_id, sanctie_id, ingangsdatum, einddatum from sluiting_in_werking
                        where vestiging_id in (:ids) and ingangsdatum <= :op and einddatum >= :op
                        order by einddatum desc, sanctie_id""")
                .setParameter("ids", vestigingIds).setParameter("op", op).getResultList();
        return rijen.stream().map(r -> new SluitingRij((UUID) r[0], (UUID) r[1], datum(r[2]), datum(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Vestiging> pagina(StringBuilder sql, Map<String, Object> parameters, Bereik bereik, int offset,
                                   int aantal) {
        if (!bereik.isLandelijk()) {
            if (bereik.gemeenten().isEmpty()) {
                return List.of();
            }
            sql.append(" and s.gemeente_code in (:gemeenten)");
            parameters.put("gemeenten", bereik.gemeenten());
        }
        if (!bereik.metThuiswerk()) {
            sql.append(NIET_ALLEEN_THUISWERK);
        }
        sql.append(" order by s.gemeente_code, s.postcode, s.huisnummer, s.huisletter nulls first,"
                + " s.toevoeging nulls first, s.id");
        var query = getEntityManager().createNativeQuery(sql.toString(), Vestiging.class)
                .setFirstResult(offset).setMaxResults(aantal);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public Optional<Vestiging> metId(UUID id) {
        return findByIdOptional(id);
    }

    private static String leegAlsGeen(String deel) {
        return deel == null ? "" : deel;
    }
}
