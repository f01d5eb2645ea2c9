package nl.sekswerkregister.signalering.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;
import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.signalering.domain.Signaleringsbron;
import nl.sekswerkregister.signalering.domain.Signaleringsoort;
import nl.sekswerkregister.signalering.domain.Signaleringsuitkomst;

/**
 * Signals, their closures and phone pseudonyms, in SQL: all three tables are insert-only for the
 * service (the pseudonym is rewritten by key rotation alone), so there is no entity state to manage.
 * Inspections are read here straight from the controle table (migration V16), so that this feature
 * need not know the inspection feature's code.
 */
@ApplicationScoped
public class SignaleringRepository {

    /** A signal as stored, with its closure and phone pseudonym when it has them. */
    public record SignaleringRij(UUID id, String gemeenteCode, Signaleringsoort soort, UUID vestigingId, String platform,
                                 String advertentiereferentie, Signaleringsbron bron, LocalDate datum,
                                 BigDecimal breedtegraad, BigDecimal lengtegraad, Instant vastgelegdOp,
                                 String vastgelegdDoor, String vastgelegdRol, AfsluitingRij afsluiting,
                                 String telefoonPseudoniem, Integer telefoonSleutelversie, Adres adres) {
    }

    public record AfsluitingRij(UUID signaleringId, Signaleringsuitkomst uitkomst, LocalDate datum, String toelichting,
                                Instant vastgelegdOp, String vastgelegdDoor, String vastgelegdRol) {
    }

    /** An inspection at premises, as a signal's follow-up shows it. */
    public record ControleRij(UUID id, LocalDate datum, String soort) {
    }

    /** What the patchwork analysis counts of a signal: where, when, and whether and how it was closed. */
    public record WaarnemingRij(String gemeenteCode, LocalDate datum, BigDecimal breedtegraad, BigDecimal lengtegraad,
                                LocalDate afgeslotenOp, Signaleringsuitkomst uitkomst) {
    }

    private static final String SELECTIE = """
            select s.id, s.gemeente_code, s.soort, s.vestiging_id, s.platform, s.advertentiereferentie, s.bron, s.datum,
                s.breedtegraad, s.lengtegraad, s.vastgelegd_op, s.vastgelegd_door, s.vastgelegd_rol,
                a.uitkomst, a.datum, a.toelichting, a.vastgelegd_op, a.vastgelegd_door, a.vastgelegd_rol,
                t.pseudoniem, t.sleutelversie,
                v.straatnaam, v.huisnummer, v.huisletter, v.toevoeging, v.postcode, v.woonplaats
            from signalering s
            left join vestiging v on v.id = s.vestiging_id
            left join signalering_afsluiting a on a.signalering_id = s.id
            left join signalering_telefoon t on t.signalering_id = s.id
            """;

    private final EntityManager em;

    public SignaleringRepository(EntityManager em) {
        this.em = em;
    }

    public void voegToe(SignaleringRij s) {
        // Typed parameters: a null (no premises, no location) must reach PostgreSQL as a null of the column's type.
        @SuppressWarnings("unchecked")
        NativeQuery<Object> insert = em.createNativeQuery("""
                        insert into signalering (id, gemeente_code, soort, vestiging_id, platform, advertentiereferentie,
                            bron, datum, breedtegraad, lengtegraad, vastgelegd_op, vastgelegd_door, vastgelegd_rol)
                        values (:id, :gemeente, :soort, :vestiging, :platform, :referentie, :bron, :datum,
                            :breedte, :lengte, :op, :door, :rol)""").unwrap(NativeQuery.class);
        insert.setParameter("id", s.id(), UUID.class).setParameter("gemeente", s.gemeenteCode(), String.class)
                .setParameter("soort", s.soort().name(), String.class)
                .setParameter("vestiging", s.vestigingId(), UUID.class)
                .setParameter("platform", s.platform(), String.class)
                .setParameter("referentie", s.advertentiereferentie(), String.class)
                .setParameter("bron", s.bron().name(), String.class).setParameter("datum", s.datum(), LocalDate.class)
                .setParameter("breedte", s.breedtegraad(), BigDecimal.class)
                .setParameter("lengte", s.lengtegraad(), BigDecimal.class)
                .setParameter("op", s.vastgelegdOp(), Instant.class)
                .setParameter("door", s.vastgelegdDoor(), String.class)
                .setParameter("rol", s.vastgelegdRol(), String.class)
                .executeUpdate();
        if (s.telefoonPseudoniem() != null) {
            em.createNativeQuery("insert into signalering_telefoon (signalering_id, pseudoniem, sleutelversie) "
                            + "values (:id, :p, :v)")
                    .setParameter("id", s.id()).setParameter("p", s.telefoonPseudoniem())
                    .setParameter("v", s.telefoonSleutelversie()).executeUpdate();
        }
    }

    /** Records the closure; false when the signal was closed already (also by a request running at the same time). */
    public boolean sluitAf(AfsluitingRij a) {
        return em.createNativeQuery("""
                        insert into signalering_afsluiting (signalering_id, uitkomst, datum, toelichting, vastgelegd_op,
                            vastgelegd_door, vastgelegd_rol)
                        values (:id, :uitkomst, :datum, nullif(:toelichting, ''), :op, :door, :rol)
                        on conflict (signalering_id) do nothing""")
                .setParameter("id", a.signaleringId()).setParameter("uitkomst", a.uitkomst().name())
                .setParameter("datum", a.datum()).setParameter("toelichting", a.toelichting() == null ? "" : a.toelichting())
                .setParameter("op", a.vastgelegdOp()).setParameter("door", a.vastgelegdDoor())
                .setParameter("rol", a.vastgelegdRol())
                .executeUpdate() == 1;
    }

    public Optional<SignaleringRij> metId(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(SELECTIE + " where s.id = :id").setParameter("id", id).getResultList();
        return rijen.stream().findFirst().map(SignaleringRepository::rij);
    }

    /**
     * A page of signals, newest first.
     *
     * @param gemeenteCode only this municipality; null for all
     * @param open         only open (true) or closed (false) ones; null for both
     */
    public List<SignaleringRij> lijst(String gemeenteCode, Boolean open, LocalDate vanaf, LocalDate tot, UUID vestigingId,
                                      int offset, int aantal) {
        StringBuilder sql = new StringBuilder(SELECTIE).append(" where true");
        Map<String, Object> parameters = new HashMap<>();
        if (gemeenteCode != null) {
            sql.append(" and s.gemeente_code = :gemeente");
            parameters.put("gemeente", gemeenteCode);
        }
        if (open != null) {
            sql.append(open ? " and a.signalering_id is null" : " and a.signalering_id is not null");
        }
        if (vanaf != null) {
            sql.append(" and s.datum >= :vanaf");
            parameters.put("vanaf", vanaf);
        }
        if (tot != null) {
            sql.append(" and s.datum <= :tot");
            parameters.put("tot", tot);
        }
        if (vestigingId != null) {
            sql.append(" and s.vestiging_id = :vestiging");
            parameters.put("vestiging", vestigingId);
        }
        sql.append(" order by s.datum desc, s.id");
        var query = em.createNativeQuery(sql.toString()).setFirstResult(offset).setMaxResults(aantal);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(SignaleringRepository::rij).toList();
    }

    /** The inspections at premises on or after a date, oldest first: the follow-up of a signal. */
    public List<ControleRij> controles(UUID vestigingId, LocalDate vanaf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        select c.id, c.datum, c.soort from controle c
                        where c.vestiging_id = :vestiging and c.datum >= :vanaf order by c.datum, c.id""")
                .setParameter("vestiging", vestigingId).setParameter("vanaf", vanaf).getResultList();
        return rijen.stream().map(r -> new ControleRij((UUID) r[0], datum(r[1]), (String) r[2])).toList();
    }

    /** Other signals of the municipality whose phone pseudonym is one of these (the same number under any key version). */
    public List<UUID> metTelefoon(String gemeenteCode, Collection<String> pseudoniemen, UUID behalve) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        select s.id from signalering s join signalering_telefoon t on t.signalering_id = s.id
                        where s.gemeente_code = :gemeente and t.pseudoniem in (:pseudoniemen) and s.id <> :behalve
                        order by s.datum, s.id limit 100""")
                .setParameter("gemeente", gemeenteCode).setParameter("pseudoniemen", pseudoniemen)
                .setParameter("behalve", behalve).getResultList();
        return ids;
    }

    /** Every signal dated in [van, tot], with its closure as far as it is known, for the whole country. */
    public List<WaarnemingRij> waarnemingen(LocalDate van, LocalDate tot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        select s.gemeente_code, s.datum, s.breedtegraad, s.lengtegraad, a.datum, a.uitkomst
                        from signalering s left join signalering_afsluiting a on a.signalering_id = s.id
                        where s.datum between :van and :tot""")
                .setParameter("van", van).setParameter("tot", tot).getResultList();
        return rijen.stream().map(r -> new WaarnemingRij((String) r[0], datum(r[1]), (BigDecimal) r[2], (BigDecimal) r[3],
                datum(r[4]), r[5] == null ? null : Signaleringsuitkomst.valueOf((String) r[5]))).toList();
    }

    private static SignaleringRij rij(Object[] r) {
        AfsluitingRij afsluiting = r[13] == null ? null : new AfsluitingRij((UUID) r[0],
                Signaleringsuitkomst.valueOf((String) r[13]), datum(r[14]), (String) r[15], tijdstip(r[16]), (String) r[17],
                (String) r[18]);
        return new SignaleringRij((UUID) r[0], (String) r[1], Signaleringsoort.valueOf((String) r[2]), (UUID) r[3],
                (String) r[4], (String) r[5], Signaleringsbron.valueOf((String) r[6]), datum(r[7]), (BigDecimal) r[8],
                (BigDecimal) r[9], tijdstip(r[10]), (String) r[11], (String) r[12], afsluiting, (String) r[19],
                r[20] == null ? null : ((Number) r[20]).intValue(),
                r[21] == null ? null : new Adres((String) r[21], ((Number) r[22]).intValue(), (String) r[23], (String) r[24],
                        (String) r[25], (String) r[26]));
    }
}
