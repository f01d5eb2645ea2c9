package nl.sekswerkregister.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Moves stored pseudonyms to a newer key version, one HMAC step per version (see
 * {@link Pseudonimisering}). Safe to run while the service takes registrations: lookups consider
 * every version up to the active one, and the rows of one person move together in one statement
 * per row, so uniqueness (registratie_een_actieve_per_persoon_uk) holds throughout.
 *
 * <p>Procedure: add the new key as version n+1 to the configuration and set it active; restart;
 * call {@link #roteer()} (it runs in batches and can be re-run); keep all keys configured.
 * Operators call it with the packaged jar's command {@code sleutels-roteren} ({@link nl.sekswerkregister.Hoofdprogramma}).
 */
@ApplicationScoped
public class SleutelRotatie {

    private static final Logger LOG = Logger.getLogger(SleutelRotatie.class);

    private final EntityManager em;
    private final Pseudonimisering pseudoniemen;

    public SleutelRotatie(EntityManager em, Pseudonimisering pseudoniemen) {
        this.em = em;
        this.pseudoniemen = pseudoniemen;
    }

    /** Re-keys every registration below the active version; returns how many rows moved. */
    public int roteer() {
        int totaal = 0;
        int partij;
        do {
            partij = roteerPartij(1000);
            totaal += partij;
        } while (partij > 0);
        LOG.infof("Sleutelrotatie: %d registraties naar sleutelversie %d", totaal, pseudoniemen.actieveVersie());
        return totaal;
    }

    /** Registrations still under an older key version: rows a running request held locked are skipped by {@link #roteer()}. */
    @Transactional
    public long nogTeRoteren() {
        return ((Number) em.createNativeQuery("select count(*) from registratie where sleutelversie < :actief")
                .setParameter("actief", pseudoniemen.actieveVersie()).getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    int roteerPartij(int grootte) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select id, landelijk_pseudoniem, gemeente_pseudoniem, sleutelversie from registratie
                        where sleutelversie < :actief order by id limit :n for update skip locked""")
                .setParameter("actief", pseudoniemen.actieveVersie()).setParameter("n", grootte).getResultList();
        for (Object[] rij : rijen) {
            String landelijk = (String) rij[1];
            String gemeente = (String) rij[2];
            for (int v = ((Number) rij[3]).intValue() + 1; v <= pseudoniemen.actieveVersie(); v++) {
                landelijk = pseudoniemen.roteer(landelijk, v);
                gemeente = pseudoniemen.roteer(gemeente, v);
            }
            em.createNativeQuery("update registratie set landelijk_pseudoniem = :l, gemeente_pseudoniem = :g, "
                            + "sleutelversie = :v where id = :id")
                    .setParameter("l", landelijk).setParameter("g", gemeente)
                    .setParameter("v", pseudoniemen.actieveVersie()).setParameter("id", rij[0]).executeUpdate();
        }
        return rijen.size();
    }
}
