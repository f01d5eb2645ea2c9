package nl.sekswerkregister.gebeurtenis.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions, in SQL; ended ones stay (which system received what remains answerable), but are not shown. */
@ApplicationScoped
public class AbonnementRepository {

    private static final String KOLOMMEN = """
            select id, callback_url, typen, gemeente_code, eigenaar, rol, aangemaakt_op from abonnement
            where beeindigd_op is null""";

    private final EntityManager em;

    public AbonnementRepository(EntityManager em) {
        this.em = em;
    }

    /** A subscription as stored, without its secret (which only delivery reads). */
    public record AbonnementRij(UUID id, String callbackUrl, List<String> typen, String gemeenteCode, String eigenaar,
                                String rol, Instant aangemaaktOp) {
    }

    public void voegToe(AbonnementRij a, String geheim) {
        em.createNativeQuery("""
                        insert into abonnement (id, callback_url, typen, gemeente_code, eigenaar, rol, geheim, aangemaakt_op)
                        values (:id, :url, cast(:typen as text[]), cast(:gemeente as text), :eigenaar, :rol, :geheim, :op)""")
                .setParameter("id", a.id()).setParameter("url", a.callbackUrl())
                .setParameter("typen", "{" + String.join(",", a.typen()) + "}")
                .setParameter("gemeente", a.gemeenteCode()).setParameter("eigenaar", a.eigenaar())
                .setParameter("rol", a.rol()).setParameter("geheim", geheim).setParameter("op", a.aangemaaktOp())
                .executeUpdate();
    }

    public Optional<AbonnementRij> metId(UUID id) {
        return rijen(KOLOMMEN + " and id = :id", id, null, 0, 1).stream().findFirst();
    }

    /** Active subscriptions, oldest first; of one owner, or of everyone ({@code eigenaar} null). */
    public List<AbonnementRij> pagina(String eigenaar, int offset, int aantal) {
        return rijen(KOLOMMEN + " and (cast(:eigenaar as text) is null or eigenaar = cast(:eigenaar as text))"
                + " order by aangemaakt_op, id", null, eigenaar, offset, aantal);
    }

    public boolean beeindig(UUID id, Instant op) {
        return em.createNativeQuery("update abonnement set beeindigd_op = :op where id = :id and beeindigd_op is null")
                .setParameter("id", id).setParameter("op", op).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private List<AbonnementRij> rijen(String sql, UUID id, String eigenaar, int offset, int aantal) {
        var query = em.createNativeQuery(sql);
        if (id != null) {
            query.setParameter("id", id);
        } else {
            query.setParameter("eigenaar", eigenaar);
        }
        List<Object[]> rijen = query.setFirstResult(offset).setMaxResults(aantal).getResultList();
        return rijen.stream().map(r -> new AbonnementRij((UUID) r[0], (String) r[1], typen(r[2]), (String) r[3],
                (String) r[4], (String) r[5], tijdstip(r[6]))).toList();
    }

    private static List<String> typen(Object waarde) {
        if (waarde instanceof String[] lijst) {
            return List.of(lijst);
        }
        if (waarde instanceof Object[] lijst) {
            return Arrays.stream(lijst).map(String::valueOf).toList();
        }
        try {
            return Arrays.stream((Object[]) ((java.sql.Array) waarde).getArray()).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
