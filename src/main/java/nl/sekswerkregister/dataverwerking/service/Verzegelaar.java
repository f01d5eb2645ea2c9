package nl.sekswerkregister.dataverwerking.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;
import nl.sekswerkregister.dataverwerking.domain.Ketting;

/**
 * Chains new processing records in batches, moments after they were written (as transparency logs
 * do), so that a hot read path writes its record without waiting for the chain's tail. One sealer
 * at a time across all instances: a transaction-scoped advisory lock; the others skip their turn.
 * Records are chained in the order they became visible, which is the order the sealer finds them.
 */
@ApplicationScoped
public class Verzegelaar {

    static final long SLOT = 0x5345_4B53L; // "SEKS": the advisory lock of the sealer
    static final int PARTIJ = 5000;

    private final EntityManager em;

    public Verzegelaar(EntityManager em) {
        this.em = em;
    }

    @Scheduled(every = "${sekswerkregister.logboek.verzegelinterval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodiek() {
        while (verzegel() == PARTIJ) {
            // a backlog: keep going
        }
    }

    /** Seals up to one batch; returns how many records it sealed. */
    @Transactional
    public int verzegel() {
        Boolean beurt = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:slot)")
                .setParameter("slot", SLOT).getSingleResult();
        if (!Boolean.TRUE.equals(beurt)) {
            return 0;
        }
        List<Dataverwerking> open = em.createQuery("from Dataverwerking d where d.volgnummer is null order by d.id",
                Dataverwerking.class).setMaxResults(PARTIJ).getResultList();
        if (open.isEmpty()) {
            return 0;
        }
        List<Dataverwerking> laatste = em.createQuery(
                        "from Dataverwerking d where d.volgnummer is not null order by d.volgnummer desc", Dataverwerking.class)
                .setMaxResults(1).getResultList();
        long volgnummer = laatste.isEmpty() ? 0 : laatste.get(0).volgnummer();
        String vorige = laatste.isEmpty() ? Ketting.BEGIN : laatste.get(0).hash();
        for (Dataverwerking d : open) {
            volgnummer++;
            String hash = Ketting.hash(volgnummer, vorige, d);
            d.verzegel(volgnummer, vorige, hash);
            vorige = hash;
        }
        em.flush();
        return open.size();
    }
}
