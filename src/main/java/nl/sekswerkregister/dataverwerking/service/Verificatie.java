package nl.sekswerkregister.dataverwerking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;
import nl.sekswerkregister.dataverwerking.domain.Ketting;

/** Recomputes the chain over every sealed record and names the first broken link. */
@ApplicationScoped
public class Verificatie {

    private final EntityManager em;
    private final Klok klok;

    public Verificatie(EntityManager em, Klok klok) {
        this.em = em;
        this.klok = klok;
    }

    /**
     * One snapshot for the whole verification (repeatable read): otherwise a seal committing
     * between reading the chain and counting the tail would leave records in neither count.
     */
    @jakarta.transaction.Transactional
    public VerificatieBeeld verifieer() {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        long verwacht = 1;
        String vorige = Ketting.BEGIN;
        while (true) {
            List<Dataverwerking> partij = em.createQuery("from Dataverwerking d where d.volgnummer >= :van "
                            + "order by d.volgnummer", Dataverwerking.class)
                    .setParameter("van", verwacht).setMaxResults(5000).getResultList();
            for (Dataverwerking d : partij) {
                em.detach(d);
                String reden = null;
                if (d.volgnummer() != verwacht) {
                    reden = "Volgnummer " + verwacht + " ontbreekt (gat in de keten).";
                } else if (!vorige.equals(d.vorigeHash())) {
                    reden = "De vorige-hash wijst niet naar het voorgaande record.";
                } else if (!Ketting.hash(d.volgnummer(), vorige, d).equals(d.hash())) {
                    reden = "De inhoud komt niet overeen met de hash: het record is gewijzigd.";
                }
                if (reden != null) {
                    return uitkomst(false, verwacht - 1, d.volgnummer(), d.id(), reden);
                }
                vorige = d.hash();
                verwacht++;
            }
            if (partij.size() < 5000) {
                return uitkomst(true, verwacht - 1, null, null, null);
            }
        }
    }

    private VerificatieBeeld uitkomst(boolean intact, long verzegeld, Long volgnummer, Long id, String reden) {
        Object[] staart = (Object[]) em.createNativeQuery(
                "select count(*), min(start_tijd) from dataverwerking where volgnummer is null").getSingleResult();
        long aantal = ((Number) staart[0]).longValue();
        Instant nu = klok.nu();
        Instant oudste = null;
        if (staart[1] instanceof java.sql.Timestamp t) {
            oudste = t.toInstant();
        } else if (staart[1] instanceof java.time.OffsetDateTime o) {
            oudste = o.toInstant();
        } else if (staart[1] instanceof Instant i) {
            oudste = i;
        }
        Long leeftijd = oudste == null ? null : Math.max(0, Duration.between(oudste, nu).toSeconds());
        return new VerificatieBeeld(intact, verzegeld, volgnummer, id, reden, aantal, leeftijd, nu);
    }
}
