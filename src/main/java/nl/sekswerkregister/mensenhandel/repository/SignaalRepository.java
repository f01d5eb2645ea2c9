package nl.sekswerkregister.mensenhandel.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;
import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Signaalbereik;
import nl.sekswerkregister.mensenhandel.domain.Indicator;

/**
 * Trafficking signals, in SQL: a signal is written once and read as one projection with its premises'
 * address and its indicators, so no entity is kept in memory or ever flushed (the service's role may
 * only insert and read these tables).
 */
@ApplicationScoped
public class SignaalRepository {

    private static final String SELECTIE = """
            select s.id, s.gemeente_code, s.vestiging_id, v.postcode, v.huisnummer, v.huisletter, v.toevoeging,
                v.straatnaam, v.woonplaats, s.datum, s.organisatie, s.toelichting, s.vervangt, s.riec_regio,
                s.politie_eenheid, s.overgedragen_op,
                (select string_agg(i.indicator, ',') from signaal_indicator i where i.signaal_id = s.id)
            from signaal_mensenhandel s join vestiging v on v.id = s.vestiging_id
            """;

    /** A signal as its readers see it. */
    public record SignaalRij(UUID id, String gemeenteCode, UUID vestigingId, String postcode, int huisnummer,
                             String huisletter, String toevoeging, String straatnaam, String woonplaats,
                             LocalDate datum, String organisatie, String toelichting, UUID vervangt,
                             String riecRegio, String politieEenheid, Instant overgedragenOp,
                             List<Indicator> indicatoren) {
    }

    private final EntityManager em;

    public SignaalRepository(EntityManager em) {
        this.em = em;
    }

    /** Whether these premises are in this municipality. */
    public boolean vestigingIn(UUID vestigingId, String gemeenteCode) {
        return bestaat("select count(*) from vestiging where id = :id and gemeente_code = :gemeente", vestigingId,
                gemeenteCode);
    }

    /** Whether this municipality reported this signal. */
    public boolean signaalVan(UUID signaalId, String gemeenteCode) {
        return bestaat("select count(*) from signaal_mensenhandel where id = :id and gemeente_code = :gemeente",
                signaalId, gemeenteCode);
    }

    /**
     * Records the signal and its hand-over in one statement: the RIEC region and police unit are the
     * municipality's at this moment.
     */
    public void voegToe(UUID id, String gemeenteCode, UUID vestigingId, LocalDate datum, List<Indicator> indicatoren,
                        String organisatie, String toelichting, UUID vervangt, Instant nu, String door, String rol) {
        em.createNativeQuery("""
                        insert into signaal_mensenhandel (id, gemeente_code, vestiging_id, datum, organisatie, toelichting,
                            vervangt, riec_regio, politie_eenheid, overgedragen_op, vastgelegd_door, vastgelegd_rol)
                        select :id, g.code, :vestiging, :datum, :organisatie, nullif(:toelichting, ''),
                            cast(nullif(:vervangt, '') as uuid), g.riec_regio,
                            g.politie_eenheid, :nu, :door, :rol
                        from gemeente g where g.code = :gemeente""")
                .setParameter("id", id).setParameter("gemeente", gemeenteCode).setParameter("vestiging", vestigingId)
                .setParameter("datum", datum).setParameter("organisatie", organisatie)
                // No nulls bound: a null of unknown type reaches PostgreSQL as bytea.
                .setParameter("toelichting", toelichting == null ? "" : toelichting)
                .setParameter("vervangt", vervangt == null ? "" : vervangt.toString())
                .setParameter("nu", nu).setParameter("door", door).setParameter("rol", rol)
                .executeUpdate();
        for (Indicator indicator : indicatoren) {
            em.createNativeQuery("insert into signaal_indicator (signaal_id, indicator) values (:id, :indicator)")
                    .setParameter("id", id).setParameter("indicator", indicator.name()).executeUpdate();
        }
    }

    /** The signals within reach, newest day first; optionally of one municipality and a period. */
    @SuppressWarnings("unchecked")
    public List<SignaalRij> pagina(Signaalbereik bereik, String gemeenteCode, LocalDate van, LocalDate tot,
                                   int offset, int aantal) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder(SELECTIE).append(" where ").append(binnen(bereik, parameters));
        if (gemeenteCode != null) {
            sql.append(" and s.gemeente_code = :gemeenteCode");
            parameters.put("gemeenteCode", gemeenteCode);
        }
        if (van != null) {
            sql.append(" and s.datum >= :van");
            parameters.put("van", van);
        }
        if (tot != null) {
            sql.append(" and s.datum <= :tot");
            parameters.put("tot", tot);
        }
        sql.append(" order by s.datum desc, s.overgedragen_op desc, s.id");
        var query = em.createNativeQuery(sql.toString()).setFirstResult(offset).setMaxResults(aantal);
        parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(SignaalRepository::rij).toList();
    }

    /** One signal, when it is within reach. */
    @SuppressWarnings("unchecked")
    public Optional<SignaalRij> metId(UUID id, Signaalbereik bereik) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = SELECTIE + " where s.id = :id and " + binnen(bereik, parameters);
        var query = em.createNativeQuery(sql).setParameter("id", id);
        parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().findFirst().map(SignaalRepository::rij);
    }

    /** The signals the caller reads: reported by their municipality, or handed to their region or unit. */
    private static String binnen(Signaalbereik bereik, Map<String, Object> parameters) {
        List<String> delen = new ArrayList<>();
        if (bereik.gemeenteCode() != null) {
            delen.add("s.gemeente_code = :eigen");
            parameters.put("eigen", bereik.gemeenteCode());
        }
        if (bereik.riecRegio() != null) {
            delen.add("s.riec_regio = :riec");
            parameters.put("riec", bereik.riecRegio());
        }
        if (bereik.politieEenheid() != null) {
            delen.add("s.politie_eenheid = :politie");
            parameters.put("politie", bereik.politieEenheid());
        }
        return delen.isEmpty() ? "false" : "(" + String.join(" or ", delen) + ")";
    }

    private boolean bestaat(String sql, UUID id, String gemeenteCode) {
        return ((Number) em.createNativeQuery(sql).setParameter("id", id).setParameter("gemeente", gemeenteCode)
                .getSingleResult()).longValue() > 0;
    }

    private static SignaalRij rij(Object[] r) {
        List<Indicator> indicatoren = r[16] == null ? List.of() : Arrays.stream(((String) r[16]).split(","))
                .map(Indicator::valueOf).sorted(Comparator.naturalOrder()).toList();
        return new SignaalRij((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], ((Number) r[4]).intValue(),
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], datum(r[9]), (String) r[10],
                (String) r[11], (UUID) r[12], (String) r[13], (String) r[14], tijdstip(r[15]), indicatoren);
    }
}
