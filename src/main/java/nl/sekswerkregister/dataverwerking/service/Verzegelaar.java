package nl.sekswerkregister.dataverwerking.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.sekswerkregister.common.ondertekening.Ondertekenaar;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;
import nl.sekswerkregister.dataverwerking.domain.Ketting;
import nl.sekswerkregister.dataverwerking.getuige.Getuige;
import nl.sekswerkregister.dataverwerking.repository.CheckpointRepository;

/**
 * Chains new processing records in batches, moments after they were written (as transparency logs
 * do), so that a hot read path writes its record without waiting for the chain's tail. One sealer
 * at a time across all instances: a transaction-scoped advisory lock; the others skip their turn.
 * Records are chained in the order they became visible, which is the order the sealer finds them.
 *
 * <p>Every batch ends with a signed checkpoint of the new head, kept in the same transaction and
 * handed to the witnesses once it committed: a checkpoint of a head that was rolled back would
 * accuse an honest log.
 */
@ApplicationScoped
public class Verzegelaar {

    static final long SLOT = 0x5345_4B53L; // "SEKS": the advisory lock of the sealer
    static final int PARTIJ = 5000;

    private final EntityManager em;
    private final CheckpointRepository checkpoints;
    private final Ondertekenaar ondertekenaar;
    private final Instance<Getuige> getuigen;
    private final TransactionSynchronizationRegistry transacties;
    private final Klok klok;

    public Verzegelaar(EntityManager em, CheckpointRepository checkpoints, Ondertekenaar ondertekenaar,
                       Instance<Getuige> getuigen, TransactionSynchronizationRegistry transacties, Klok klok) {
        this.em = em;
        this.checkpoints = checkpoints;
        this.ondertekenaar = ondertekenaar;
        this.getuigen = getuigen;
        this.transacties = transacties;
        this.klok = klok;
    }

    @Scheduled(every = "${sekswerkregister.logboek.verzegelinterval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodiek() {
        while (verzegel() == PARTIJ) {
            // a backlog: keep going
        }
    }

    /** Seals up to one batch and signs a checkpoint of the new head; returns how many records it sealed. */
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
        Checkpoint checkpoint = onderteken(volgnummer, vorige);
        checkpoints.voegToe(checkpoint);
        transacties.registerInterposedSynchronization(new NaCommit(checkpoint));
        return open.size();
    }

    private Checkpoint onderteken(long volgnummer, String hash) {
        // PostgreSQL keeps microseconds: sign what will be stored, so the stored checkpoint checks out.
        Instant tijdstip = klok.nu().truncatedTo(ChronoUnit.MICROS);
        return new Checkpoint(volgnummer, hash, tijdstip, ondertekenaar.sleutelId(),
                ondertekenaar.onderteken(Checkpoint.ondertekendeTekst(volgnummer, hash, tijdstip)));
    }

    /** Hands the checkpoint to every witness, only if the seal committed. */
    private final class NaCommit implements Synchronization {
        private final Checkpoint checkpoint;

        NaCommit(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
        }

        @Override
        public void beforeCompletion() {
            // nothing: witnesses only hear of committed heads
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                getuigen.forEach(g -> g.ontvang(checkpoint));
            }
        }
    }
}
