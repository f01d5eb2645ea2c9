package nl.sekswerkregister.registratie.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.sekswerkregister.gebeurtenis.service.Gebeurtenissen;
import java.time.LocalDate;
import nl.sekswerkregister.common.tijd.Klok;
import org.jboss.logging.Logger;

/**
 * Deletes registrations a configured period after they ended (expired or revoked), and revocation
 * markers after their own end. Logs how many, never which: the log is no place for who was a sex
 * worker. The processing log keeps its entries (they hold no personal data beyond pseudonyms) so
 * that access reports stay complete. A marker is not tied to its registration, so deleting a revoked
 * registration leaves the marker: the repeat-interview duty outlives the record on purpose.
 */
@ApplicationScoped
public class Bewaartermijn {

    private static final Logger LOG = Logger.getLogger(Bewaartermijn.class);

    private final EntityManager em;
    private final RegistratieConfig config;
    private final Klok klok;
    private final Gebeurtenissen gebeurtenissen;

    public Bewaartermijn(EntityManager em, RegistratieConfig config, Klok klok, Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.em = em;
        this.config = config;
        this.klok = klok;
    }

    @Scheduled(cron = "${sekswerkregister.registratie.bewaartermijn-cron:0 15 3 * * ?}")
    void dagelijks() {
        ruimOp(klok.vandaag());
    }

    /**
     * Deletes registrations that ended before {@code vandaag} minus the retention period, and markers
     * whose period ended before {@code vandaag}; returns the number of registrations deleted.
     */
    @Transactional
    public int ruimOp(LocalDate vandaag) {
        LocalDate grens = vandaag.minusMonths(config.bewaartermijnMaanden());
        @SuppressWarnings("unchecked")
        List<String> nummers = em.createNativeQuery("""
                        delete from registratie
                        where (status in ('INGETROKKEN', 'VERLOPEN') and beeindigd_op < :grens)
                           or (status in ('ACTIEF', 'GESCHORST') and geldig_tot < :laatsteGeldigeDag)
                        returning registratienummer""")
                .setParameter("grens", grens)
                // an expired registration ended the day after its last valid day
                .setParameter("laatsteGeldigeDag", grens.minusDays(1)).getResultList();
        int verwijderd = nummers.size();
        // The number was in the events about the registration too (their subject): it goes with it.
        gebeurtenissen.vergeetRegistraties(nummers);
        int markeringen = em.createNativeQuery("delete from intrekkingsmarkering where geldig_tot < :vandaag")
                .setParameter("vandaag", vandaag).executeUpdate();
        LOG.infof("Bewaartermijn: %d registraties verwijderd die vóór %s eindigden, %d verlopen intrekkingsmarkeringen",
                verwijderd, grens, markeringen);
        return verwijderd;
    }
}
