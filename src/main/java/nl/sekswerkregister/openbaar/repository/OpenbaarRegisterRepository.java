package nl.sekswerkregister.openbaar.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Vergunning;

/**
 * The public register, read in SQL over licences, operators and premises: one projection with only
 * the public columns, so that nothing else (managers, motivations, the operator's correspondence
 * address, a home address) is even loaded.
 */
@ApplicationScoped
public class OpenbaarRegisterRepository implements PanacheRepositoryBase<Vergunning, UUID> {

    /**
     * Granted and in force on :vandaag, as the status check counts it: a suspension past its last day is
     * granted again (Levenscyclus.actueel); a licence suspended today is not in force.
     */
    private static final String IN_WERKING = """
            (v.status = 'VERLEEND' or (v.status = 'GESCHORST' and v.geschorst_tot < :vandaag))
            and v.geldig_vanaf <= :vandaag and (v.geldig_tot is null or v.geldig_tot >= :vandaag)""";
    /** A home worker's licence, or premises marked as someone's home (V21): counted, never shown. */
    private static final String IS_WONING = "(v.bedrijfstype = 'THUISWERK' or coalesce(s.woning, false))";

    /** A licence as the public register shows it. */
    public record RegisterRij(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                              String handelsnaam, String straatnaam, Integer huisnummer, String huisletter,
                              String huisnummertoevoeging, String postcode, String woonplaats, LocalDate geldigVanaf,
                              LocalDate geldigTot) {
    }

    @SuppressWarnings("unchecked")
    public List<RegisterRij> pagina(String gemeenteCode, Bedrijfstype bedrijfstype, LocalDate vandaag, int offset,
                                    int aantal) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = """
                select v.vergunningnummer, v.gemeente_code, v.bedrijfstype, coalesce(e.handelsnaam, e.statutaire_naam),
                    s.straatnaam, s.huisnummer, s.huisletter, s.toevoeging, s.postcode, s.woonplaats,
                    v.geldig_vanaf, v.geldig_tot
                from vergunning v join exploitant e on e.id = v.exploitant_id
                    left join vestiging s on s.id = v.vestiging_id
                where not %s and %s order by v.vergunningnummer"""
                .formatted(IS_WONING, voorwaarden(gemeenteCode, bedrijfstype, vandaag, parameters));
        var query = getEntityManager().createNativeQuery(sql).setFirstResult(offset).setMaxResults(aantal);
        parameters.forEach(query::setParameter);
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(r -> new RegisterRij((String) r[0], (String) r[1], Bedrijfstype.valueOf((String) r[2]),
                (String) r[3], (String) r[4], r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], datum(r[10]), datum(r[11]))).toList();
    }

    /** Licences in force that the register withholds, per municipality that has any, by code. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> nietGetoond(String gemeenteCode, Bedrijfstype bedrijfstype, LocalDate vandaag) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = """
                select v.gemeente_code, count(*) from vergunning v left join vestiging s on s.id = v.vestiging_id
                where %s and %s group by v.gemeente_code order by v.gemeente_code"""
                .formatted(IS_WONING, voorwaarden(gemeenteCode, bedrijfstype, vandaag, parameters));
        var query = getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        Map<String, Long> perGemeente = new LinkedHashMap<>();
        ((List<Object[]>) query.getResultList()).forEach(r -> perGemeente.put((String) r[0], ((Number) r[1]).longValue()));
        return perGemeente;
    }

    private static String voorwaarden(String gemeenteCode, Bedrijfstype bedrijfstype, LocalDate vandaag,
                                      Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(IN_WERKING);
        parameters.put("vandaag", vandaag);
        if (gemeenteCode != null) {
            sql.append(" and v.gemeente_code = :gemeente");
            parameters.put("gemeente", gemeenteCode);
        }
        if (bedrijfstype != null) {
            sql.append(" and v.bedrijfstype = :type");
            parameters.put("type", bedrijfstype.name());
        }
        return sql.toString();
    }
}
