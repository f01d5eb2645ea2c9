package nl.sekswerkregister.vergunning.repository;

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

    /** What the status check returns, read as a projection: no entity, no arrays, no second query. */
    public record StatusRij(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                            VergunningStatus status, LocalDate geldigVanaf, LocalDate geldigTot,
                            Adres vestigingsadres, UUID vestigingId) {
    }

    public Optional<Vergunning> metNummer(String vergunningnummer) {
        return find("vergunningnummer", vergunningnummer).firstResultOptional();
    }

    /** Locks the row for the rest of the transaction, so two decisions on one licence are serialised. */
    public Optional<Vergunning> metNummerVoorBesluit(String vergunningnummer) {
        return find("vergunningnummer", vergunningnummer).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<StatusRij> status(String vergunningnummer) {
        return getEntityManager().createQuery("""
                        select new nl.sekswerkregister.vergunning.repository.VergunningRepository$StatusRij(
                            v.vergunningnummer, v.gemeenteCode, v.bedrijfstype, v.status, v.geldigVanaf, v.geldigTot,
                            v.vestigingsadres, v.vestigingId)
                        from Vergunning v where v.vergunningnummer = :nummer""", StatusRij.class)
                .setParameter("nummer", vergunningnummer)
                .getResultStream().findFirst();
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
            case VERLEEND, GESCHORST -> {
                jpql.append(" and v.status = :status and (v.geldigTot is null or v.geldigTot >= :vandaag)");
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
