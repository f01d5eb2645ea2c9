package nl.sekswerkregister.vergunning.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.domain.VergunningFilter;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;

@ApplicationScoped
public class VergunningRepository implements PanacheRepositoryBase<Vergunning, UUID> {

    /**
     * What the status check returns, read as a projection: no entity, no arrays, no second query.
     * {@code geslotenTot} is the last day of a closure of the licence's premises in force on the day
     * asked about, null when there is none.
     */
    public record StatusRij(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                            VergunningStatus status, LocalDate geldigVanaf, LocalDate geldigTot, LocalDate geschorstTot,
                            Adres vestigingsadres, UUID vestigingId, LocalDate geslotenTot,
                            boolean vestigingIsWoning) {
    }

    public Optional<Vergunning> metNummer(String vergunningnummer) {
        return find("vergunningnummer", vergunningnummer).firstResultOptional();
    }

    /** Locks the row for the rest of the transaction, so two decisions on one licence are serialised. */
    public Optional<Vergunning> metNummerVoorBesluit(String vergunningnummer) {
        return find("vergunningnummer", vergunningnummer).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * One statement on the unique licence number; the closure is a correlated look-up on the partial
     * index sanctie_sluiting_idx through the view sluiting_in_werking (V17), which folds an early
     * lifting into the closure's end. The closures are enforcement's tables, read here in SQL only, so
     * that the licence feature need not know the sanction feature (which depends on it).
     */
    @SuppressWarnings("unchecked")
    public Optional<StatusRij> status(String vergunningnummer, LocalDate op) {
        List<Object[]> rijen = getEntityManager().createNativeQuery("""
                        select v.vergunningnummer, v.gemeente_code, v.bedrijfstype, v.status, v.geldig_vanaf, v.geldig_tot,
                            v.geschorst_tot, v.va_straatnaam, v.va_huisnummer, v.va_huisletter, v.va_toevoeging,
                            v.va_postcode, v.va_woonplaats, v.vestiging_id,
                            (select max(s.einddatum) from sluiting_in_werking s where s.vestiging_id = v.vestiging_id
                                and s.ingangsdatum <= :op and s.einddatum >= :op),
                            coalesce((select w.woning from vestiging w where w.id = v.vestiging_id), false)
                        from vergunning v where v.vergunningnummer = :nummer""")
                .setParameter("nummer", vergunningnummer).setParameter("op", op)
                .getResultList();
        return rijen.stream().findFirst().map(r -> new StatusRij((String) r[0], (String) r[1],
                Bedrijfstype.valueOf((String) r[2]), VergunningStatus.valueOf((String) r[3]), datum(r[4]), datum(r[5]),
                datum(r[6]), r[7] == null ? null : new Adres((String) r[7], ((Number) r[8]).intValue(), (String) r[9],
                (String) r[10], (String) r[11], (String) r[12]), (UUID) r[13], datum(r[14]),
                Boolean.TRUE.equals(r[15])));
    }

    /** A licence in force, as the conflict analysis needs it: a projection, no entities. */
    public record InWerkingRij(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                            LocalDate geldigVanaf, LocalDate geldigTot) {
    }

    /** Every licence in force on a date in the country, in one query. */
    public List<InWerkingRij> allesInWerking(LocalDate datum) {
        return getEntityManager().createQuery("""
                        select new nl.sekswerkregister.vergunning.repository.VergunningRepository$InWerkingRij(
                            v.vergunningnummer, v.gemeenteCode, v.bedrijfstype, v.geldigVanaf, v.geldigTot)
                        from Vergunning v where v.status in :lopend and v.geldigVanaf <= :datum
                            and (v.geldigTot is null or v.geldigTot >= :datum)""", InWerkingRij.class)
                .setParameter("lopend", List.of(VergunningStatus.VERLEEND, VergunningStatus.GESCHORST))
                .setParameter("datum", datum)
                .getResultList();
    }

    /** Granted licences (suspended ones included: they still hold a place) in force on a date. */
    public long aantalInWerking(String gemeenteCode, Bedrijfstype type, LocalDate datum) {
        return count("gemeenteCode = ?1 and bedrijfstype = ?2 and status in ?3 and geldigVanaf <= ?4 "
                        + "and (geldigTot is null or geldigTot >= ?4)", gemeenteCode, type,
                List.of(VergunningStatus.VERLEEND, VergunningStatus.GESCHORST), datum);
    }

    public List<Vergunning> pagina(VergunningFilter filter, LocalDate vandaag, int offset, int aantal) {
        StringBuilder jpql = new StringBuilder("from Vergunning v where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.gemeenteCode() != null) {
            jpql.append(" and v.gemeenteCode = :gemeente");
            parameters.put("gemeente", filter.gemeenteCode());
        }
        if (filter.bedrijfstype() != null) {
            jpql.append(" and v.bedrijfstype = :type");
            parameters.put("type", filter.bedrijfstype());
        }
        if (filter.exploitantId() != null) {
            jpql.append(" and v.exploitantId = :exploitant");
            parameters.put("exploitant", filter.exploitantId());
        }
        if (filter.status() != null) {
            statusVoorwaarde(filter.status(), jpql, parameters, vandaag);
        }
        jpql.append(" order by v.vergunningnummer");
        var query = getEntityManager().createQuery(jpql.toString(), Vergunning.class)
                .setFirstResult(offset).setMaxResults(aantal);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** VERLOPEN is derived, so filtering on status has to mirror Levenscyclus.actueel in SQL. */
    private static void statusVoorwaarde(VergunningStatus status, StringBuilder jpql, Map<String, Object> parameters,
                                         LocalDate vandaag) {
        switch (status) {
            case VERLOPEN -> {
                jpql.append(" and v.status in :lopend and v.geldigTot < :vandaag");
                parameters.put("lopend", new ArrayList<>(List.of(VergunningStatus.VERLEEND, VergunningStatus.GESCHORST)));
                parameters.put("vandaag", vandaag);
            }
            // A suspension past its last day (geschorstTot) is granted again (Levenscyclus.actueel).
            case VERLEEND -> {
                jpql.append(" and (v.status = :status or (v.status = :geschorst and v.geschorstTot < :vandaag))"
                        + " and (v.geldigTot is null or v.geldigTot >= :vandaag)");
                parameters.put("status", status);
                parameters.put("geschorst", VergunningStatus.GESCHORST);
                parameters.put("vandaag", vandaag);
            }
            case GESCHORST -> {
                jpql.append(" and v.status = :status and (v.geschorstTot is null or v.geschorstTot >= :vandaag)"
                        + " and (v.geldigTot is null or v.geldigTot >= :vandaag)");
                parameters.put("status", status);
                parameters.put("vandaag", vandaag);
            }
            default -> {
                jpql.append(" and v.status = :status");
                parameters.put("status", status);
            }
        }
    }
}
