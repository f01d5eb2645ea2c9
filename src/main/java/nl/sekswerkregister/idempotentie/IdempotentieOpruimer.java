package nl.sekswerkregister.idempotentie;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import nl.sekswerkregister.common.tijd.Klok;

/** Forgets idempotency keys after their period (documented in the contract: 24 hours by default). */
@ApplicationScoped
public class IdempotentieOpruimer {

    private final EntityManager em;
    private final IdempotentieConfig config;
    private final Klok klok;

    public IdempotentieOpruimer(EntityManager em, IdempotentieConfig config, Klok klok) {
        this.em = em;
        this.config = config;
        this.klok = klok;
    }

    @Scheduled(every = "1h", delayed = "5m")
    void elkUur() {
        ruimOp();
    }

    @Transactional
    public int ruimOp() {
        return em.createNativeQuery("delete from idempotentie where aangemaakt_op < :grens")
                .setParameter("grens", Timestamp.from(klok.nu().minus(Duration.ofHours(config.bewaartijdUren()))))
                .executeUpdate();
    }
}
