package nl.sekswerkregister.dataverwerking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import nl.sekswerkregister.common.ondertekening.Ondertekenaar;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;
import nl.sekswerkregister.dataverwerking.domain.Ketting;
import nl.sekswerkregister.dataverwerking.getuige.Getuige;
import nl.sekswerkregister.dataverwerking.repository.CheckpointRepository;

/**
 * Recomputes the chain over every sealed record and names the first broken link, then holds the
 * chain against signed checkpoints: the ones kept in the database, the newest each witness holds,
 * and one the caller brings. The chain alone proves nothing to someone who could rewrite the whole
 * table and recompute it; a checkpoint signed with a key outside the database does: a log cut short,
 * emptied or rewritten from some record on no longer reaches, or no longer matches, the checkpoint.
 */
@ApplicationScoped
public class Verificatie {

    private static final int PARTIJ = 5000;

    private final EntityManager em;
    private final CheckpointRepository checkpoints;
    private final Ondertekenaar ondertekenaar;
    private final Instance<Getuige> getuigen;
    private final Klok klok;

    public Verificatie(EntityManager em, CheckpointRepository checkpoints, Ondertekenaar ondertekenaar,
                       Instance<Getuige> getuigen, Klok klok) {
        this.em = em;
        this.checkpoints = checkpoints;
        this.ondertekenaar = ondertekenaar;
        this.getuigen = getuigen;
        this.klok = klok;
    }

    /** Whether this service (with its current or an earlier key) signed the checkpoint. */
    public boolean echt(Checkpoint c) {
        return ondertekenaar.kloptVan(c.sleutelId(), c.ondertekendeTekst(), c.handtekening());
    }

    /**
     * One snapshot for the whole verification (repeatable read): otherwise a seal committing
     * between reading the chain and counting the tail would leave records in neither count.
     *
     * @param gegeven a checkpoint the caller holds (from a witness, an earlier answer); its
     *                signature must already have been checked with {@link #echt}
     */
    @jakarta.transaction.Transactional
    public VerificatieBeeld verifieer(Optional<Checkpoint> gegeven) {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        // Checkpoints from outside the database: the caller's and the witnesses' newest.
        TreeMap<Long, Checkpoint> buiten = new TreeMap<>();
        gegeven.ifPresent(c -> buiten.put(c.volgnummer(), c));
        for (Getuige getuige : getuigen) {
            getuige.laatste().filter(this::echt).ifPresent(c -> buiten.putIfAbsent(c.volgnummer(), c));
        }
        Checkpoint hoogste = null;
        long verwacht = 1;
        String vorige = Ketting.BEGIN;
        while (true) {
            List<Dataverwerking> partij = em.createQuery("from Dataverwerking d where d.volgnummer >= :van "
                            + "order by d.volgnummer", Dataverwerking.class)
                    .setParameter("van", verwacht).setMaxResults(PARTIJ).getResultList();
            List<Checkpoint> teToetsen = new ArrayList<>();
            if (!partij.isEmpty()) {
                long laatsteInPartij = partij.get(partij.size() - 1).volgnummer();
                teToetsen.addAll(checkpoints.tussen(verwacht, laatsteInPartij));
                teToetsen.addAll(buiten.subMap(verwacht, true, laatsteInPartij, true).values());
                teToetsen.sort(Comparator.comparingLong(Checkpoint::volgnummer));
            }
            int k = 0;
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
                    return uitkomst(false, verwacht - 1, d.volgnummer(), d.id(), reden, hoogste);
                }
                while (k < teToetsen.size() && teToetsen.get(k).volgnummer() == d.volgnummer()) {
                    Checkpoint c = teToetsen.get(k++);
                    if (!echt(c)) {
                        return uitkomst(false, verwacht - 1, d.volgnummer(), d.id(), "Checkpoint " + c.volgnummer()
                                + " in de database is niet door deze dienst ondertekend: het is vervalst.", hoogste);
                    }
                    if (!c.hash().equals(d.hash())) {
                        return uitkomst(false, verwacht - 1, d.volgnummer(), d.id(), "Record " + c.volgnummer()
                                + " heeft niet de hash die het checkpoint van " + c.tijdstip() + " ondertekende: het logboek "
                                + "is op of vóór dit record herschreven.", hoogste);
                    }
                    hoogste = hoogste == null || c.volgnummer() > hoogste.volgnummer() ? c : hoogste;
                }
                vorige = d.hash();
                verwacht++;
            }
            if (partij.size() < PARTIJ) {
                break;
            }
        }
        long verzegeld = verwacht - 1;
        // A checkpoint beyond the last record: records were removed from the end, or all of them.
        Checkpoint verder = checkpoints.laatste().filter(c -> c.volgnummer() > verzegeld).orElse(null);
        if (!buiten.isEmpty() && buiten.lastKey() > verzegeld && (verder == null || buiten.lastKey() > verder.volgnummer())) {
            verder = buiten.lastEntry().getValue();
        }
        if (verder != null) {
            String reden = echt(verder)
                    ? "Het logboek eindigt bij volgnummer " + verzegeld + ", maar het checkpoint van " + verder.tijdstip()
                    + " ondertekende volgnummer " + verder.volgnummer() + ": regels zijn aan het eind verwijderd of het "
                    + "logboek is geleegd."
                    : "Checkpoint " + verder.volgnummer() + " in de database is niet door deze dienst ondertekend: het is vervalst.";
            return uitkomst(false, verzegeld, verwacht, null, reden, hoogste);
        }
        return uitkomst(true, verzegeld, null, null, null, hoogste);
    }

    private VerificatieBeeld uitkomst(boolean intact, long verzegeld, Long volgnummer, Long id, String reden,
                                      Checkpoint checkpoint) {
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
        return new VerificatieBeeld(intact, verzegeld, volgnummer, id, reden, aantal, leeftijd,
                checkpoint == null ? null : checkpoint.volgnummer(), checkpoint == null ? null : checkpoint.tijdstip(), nu);
    }
}
