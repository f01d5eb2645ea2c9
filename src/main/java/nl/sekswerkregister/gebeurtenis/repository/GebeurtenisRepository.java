package nl.sekswerkregister.gebeurtenis.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;
import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox (gebeurtenis) and its deliveries (aflevering), in SQL: claiming with a lease and
 * {@code FOR UPDATE SKIP LOCKED} is what lets several instances share the deliveries, and the tables of
 * the changes that end by date (licences, closures, registrations) are read here as projections, so
 * that none of those features needs to know events exist beyond writing them.
 */
@ApplicationScoped
public class GebeurtenisRepository {

    /** The advisory lock of the scan for endings by date: one instance scans at a time. */
    static final long VERLOOPSLOT = 0x4745_4245L; // "GEBE"

    private final EntityManager em;

    public GebeurtenisRepository(EntityManager em) {
        this.em = em;
    }

    public record NieuweGebeurtenisRij(UUID id, String type, String onderwerp, String gemeenteCode, Instant tijdstip,
                                       String sleutel, String inhoud) {
    }

    /** A claimed delivery: everything needed to deliver it without another query. */
    public record ClaimRij(UUID id, UUID gebeurtenisId, String callbackUrl, String geheim, String inhoud, int pogingen) {
    }

    public record AfleveringRij(UUID id, UUID abonnementId, UUID gebeurtenisId, String type, String gemeenteCode,
                                String status, int pogingen, String laatsteUitkomst, Instant laatstePoging,
                                Instant volgendePoging, Instant afgeleverdOp) {
    }

    /** Something that ended by date: what it is, where, on which day it ended (the last day it held). */
    public record EindeRij(String sleutel, String onderwerp, String gemeenteCode, LocalDate einde, String status) {
    }

    /**
     * Writes the event and, in the same statement, one delivery for every subscription that wants it.
     * With a {@code sleutel} a second write of the same occurrence does nothing: false.
     */
    public boolean voegToe(NieuweGebeurtenisRij g) {
        Number aantal = (Number) em.createNativeQuery("""
                        with nieuw as (
                            insert into gebeurtenis (id, type, onderwerp, gemeente_code, tijdstip, sleutel, inhoud)
                            values (:id, :type, :onderwerp, cast(:gemeente as text), :tijdstip, cast(:sleutel as text), :inhoud)
                            on conflict (sleutel) do nothing
                            returning id, volgnummer, type, onderwerp, gemeente_code),
                        verdeeld as (
                            insert into aflevering (id, gebeurtenis_id, abonnement_id, onderwerp, volgnummer, status,
                                pogingen, volgende_poging)
                            select gen_random_uuid(), n.id, a.id, n.onderwerp, n.volgnummer, 'WACHTEND', 0, :tijdstip
                            from nieuw n join abonnement a on n.type = any (a.typen) and a.beeindigd_op is null
                                and (a.gemeente_code is null or a.gemeente_code = n.gemeente_code)
                            returning id)
                        select count(*) from nieuw""")
                .setParameter("id", g.id()).setParameter("type", g.type()).setParameter("onderwerp", g.onderwerp())
                .setParameter("gemeente", g.gemeenteCode()).setParameter("tijdstip", g.tijdstip())
                .setParameter("sleutel", g.sleutel()).setParameter("inhoud", g.inhoud())
                .getSingleResult();
        return aantal.intValue() > 0;
    }

    /**
     * Claims up to {@code aantal} deliveries that are due, for this instance until {@code tot}. Only the
     * head of each line (subscription, subject) is claimable: a later event of the same subject waits
     * until the earlier one is delivered or dead. Rows another instance is claiming right now are
     * skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    public List<ClaimRij> claim(int aantal, Instant nu, Instant tot, String door) {
        List<Object[]> rijen = em.createNativeQuery("""
                        with kandidaat as (
                            select a.id from aflevering a
                            join abonnement ab on ab.id = a.abonnement_id and ab.beeindigd_op is null
                            where a.status = 'WACHTEND' and a.volgende_poging <= :nu
                              and (a.geclaimd_tot is null or a.geclaimd_tot < :nu)
                              and not exists (select 1 from aflevering e where e.abonnement_id = a.abonnement_id
                                  and e.onderwerp = a.onderwerp and e.status = 'WACHTEND' and e.volgnummer < a.volgnummer)
                            order by a.volgnummer
                            limit :aantal
                            for update of a skip locked)
                        update aflevering a set geclaimd_tot = :tot, geclaimd_door = :door
                        from kandidaat k, abonnement ab, gebeurtenis g
                        where a.id = k.id and ab.id = a.abonnement_id and g.id = a.gebeurtenis_id
                        returning a.id, a.gebeurtenis_id, ab.callback_url, ab.geheim, g.inhoud, a.pogingen""")
                .setParameter("nu", nu).setParameter("tot", tot).setParameter("door", door)
                .setParameter("aantal", aantal)
                .getResultList();
        return rijen.stream().map(r -> new ClaimRij((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** Delivered (a 2xx), whoever holds the claim now: at least once, and once is enough. */
    public void afgeleverd(UUID id, Instant nu, String uitkomst) {
        em.createNativeQuery("""
                        update aflevering set status = 'AFGELEVERD', afgeleverd_op = :nu, laatste_poging = :nu,
                            laatste_uitkomst = :uitkomst, pogingen = pogingen + 1, geclaimd_tot = null, geclaimd_door = null
                        where id = :id and status = 'WACHTEND'""")
                .setParameter("id", id).setParameter("nu", nu).setParameter("uitkomst", uitkomst).executeUpdate();
    }

    /**
     * A failed attempt: the next one at {@code volgende}, or dead. Only while the claim is still this
     * instance's: after it expired another instance may already be trying.
     */
    public void mislukt(UUID id, String door, Instant nu, String uitkomst, Instant volgende, int maximumPogingen) {
        em.createNativeQuery("""
                        update aflevering set pogingen = pogingen + 1, laatste_poging = :nu, laatste_uitkomst = :uitkomst,
                            status = case when pogingen + 1 >= :maximum then 'DOOD' else 'WACHTEND' end,
                            volgende_poging = :volgende, geclaimd_tot = null, geclaimd_door = null
                        where id = :id and status = 'WACHTEND' and geclaimd_door = :door""")
                .setParameter("id", id).setParameter("door", door).setParameter("nu", nu)
                .setParameter("uitkomst", uitkomst).setParameter("volgende", volgende)
                .setParameter("maximum", maximumPogingen).executeUpdate();
    }

    /** A dead letter back in line, as if new: false when it is no dead letter. */
    public boolean herbezorg(UUID id, Instant nu) {
        return em.createNativeQuery("""
                        update aflevering set status = 'WACHTEND', pogingen = 0, volgende_poging = :nu,
                            geclaimd_tot = null, geclaimd_door = null
                        where id = :id and status = 'DOOD'""")
                .setParameter("id", id).setParameter("nu", nu).executeUpdate() == 1;
    }

    private static final String AFLEVERING = """
            select a.id, a.abonnement_id, a.gebeurtenis_id, g.type, g.gemeente_code, a.status, a.pogingen,
                a.laatste_uitkomst, a.laatste_poging, a.volgende_poging, a.afgeleverd_op
            from aflevering a join gebeurtenis g on g.id = a.gebeurtenis_id""";

    public Optional<AfleveringRij> aflevering(UUID id) {
        return afleveringen(AFLEVERING + " where a.id = :id", id, null, null, 0, 1).stream().findFirst();
    }

    /** Deliveries, newest event first, optionally of one status and one subscription. */
    public List<AfleveringRij> afleveringen(String status, UUID abonnementId, int offset, int aantal) {
        return afleveringen(AFLEVERING + " where (cast(:status as text) is null or a.status = cast(:status as text))"
                + " and (cast(:abonnement as uuid) is null or a.abonnement_id = cast(:abonnement as uuid))"
                + " order by a.volgnummer desc, a.id", null, status, abonnementId, offset, aantal);
    }

    @SuppressWarnings("unchecked")
    private List<AfleveringRij> afleveringen(String sql, UUID id, String status, UUID abonnementId, int offset,
                                             int aantal) {
        var query = em.createNativeQuery(sql);
        if (id != null) {
            query.setParameter("id", id);
        } else {
            query.setParameter("status", status).setParameter("abonnement",
                    abonnementId == null ? null : abonnementId.toString());
        }
        List<Object[]> rijen = query.setFirstResult(offset).setMaxResults(aantal).getResultList();
        return rijen.stream().map(r -> new AfleveringRij((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).intValue(), (String) r[7], tijdstip(r[8]),
                tijdstip(r[9]), tijdstip(r[10]))).toList();
    }

    /** Deletes the events (and their deliveries) of these subjects whose type starts with {@code typevoorvoegsel}. */
    public void vergeet(String typevoorvoegsel, java.util.Collection<String> onderwerpen) {
        em.createNativeQuery("""
                        with weg as (select id from gebeurtenis where type like :voorvoegsel || '%' and onderwerp in (:onderwerpen)),
                        afleveringen as (delete from aflevering where gebeurtenis_id in (select id from weg))
                        delete from gebeurtenis where id in (select id from weg)""")
                .setParameter("voorvoegsel", typevoorvoegsel).setParameter("onderwerpen", onderwerpen).executeUpdate();
    }

    /** The scan's turn, for the rest of this transaction; false when another instance is scanning. */
    public boolean verloopbeurt() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:slot)")
                .setParameter("slot", VERLOOPSLOT).getSingleResult();
    }

    /**
     * Licences in force whose term ended between {@code vanaf} and {@code tot} (their last day) and whose
     * ending has no event yet: the status they show from the next day is VERLOPEN (Levenscyclus.actueel,
     * derived, never stored).
     */
    public List<EindeRij> verlopenVergunningen(LocalDate vanaf, LocalDate tot) {
        return nogNietGemeld("""
                select 'vergunning-verlopen:' || vergunningnummer || ':' || to_char(geldig_tot, 'YYYY-MM-DD'), vergunningnummer, gemeente_code,
                    geldig_tot, 'VERLOPEN'
                from vergunning
                where status in ('VERLEEND', 'GESCHORST') and geldig_tot >= :vanaf and geldig_tot <= :tot""", vanaf, tot);
    }

    /**
     * Suspensions with a last day between the dates that ended by that date, not yet reported: not lifted,
     * replaced or followed by a revocation before the day after their end (those are decisions, with
     * events of their own), and of a licence whose term goes on past it (otherwise it expires instead, and
     * the expiry is reported). Read from the decisions, not the licence row: a later decision clears the
     * licence's geschorst_tot, and an ending missed by a scan must still be found the next time.
     */
    public List<EindeRij> beeindigdeSchorsingen(LocalDate vanaf, LocalDate tot) {
        return nogNietGemeld("""
                select 'schorsing-beeindigd:' || b.id, v.vergunningnummer, v.gemeente_code, b.geldig_tot, 'VERLEEND'
                from besluit b join vergunning v on v.id = b.vergunning_id
                where b.besluittype = 'SCHORSEN' and b.geldig_tot >= :vanaf and b.geldig_tot <= :tot
                  and (v.geldig_tot is null or v.geldig_tot > b.geldig_tot)
                  and not exists (select 1 from besluit n where n.vergunning_id = b.vergunning_id
                      and n.genomen_op > b.genomen_op
                      and n.besluittype in ('SCHORSEN', 'SCHORSING_OPHEFFEN', 'INTREKKEN')
                      and n.genomen_op < cast(b.geldig_tot + 1 as timestamp) at time zone 'Europe/Amsterdam')""", vanaf, tot);
    }

    /**
     * Closures (sanctions) whose period ended between the dates, a lifting included (sluiting_in_werking,
     * V17), not yet reported. A closure ends once: a lifting after its end changes nothing that was reported.
     */
    public List<EindeRij> beeindigdeSluitingen(LocalDate vanaf, LocalDate tot) {
        return nogNietGemeld("""
                select 'sluiting-beeindigd:' || w.sanctie_id, cast(w.sanctie_id as text), s.gemeente_code, w.einddatum,
                    'BEEINDIGD'
                from sluiting_in_werking w join sanctie s on s.id = w.sanctie_id
                where w.einddatum >= w.ingangsdatum and w.einddatum >= :vanaf and w.einddatum <= :tot""", vanaf, tot);
    }

    /**
     * Running registrations whose term ended between the dates, not yet reported; also those already marked
     * VERLOPEN (a new registration of the person, or the retention job, may have noticed first).
     */
    public List<EindeRij> verlopenRegistraties(LocalDate vanaf, LocalDate tot) {
        return nogNietGemeld("""
                select 'registratie-verlopen:' || registratienummer || ':' || to_char(geldig_tot, 'YYYY-MM-DD'), registratienummer, gemeente_code,
                    geldig_tot, 'VERLOPEN'
                from registratie
                where status in ('ACTIEF', 'GESCHORST', 'VERLOPEN') and geldig_tot >= :vanaf and geldig_tot <= :tot""",
                vanaf, tot);
    }

    /**
     * The endings a query finds (its first column the ending's once-only key) without an event of that key:
     * the scan runs every minute over days of endings, and should only write what is new, not try every
     * ending again and let the unique key refuse it.
     */
    @SuppressWarnings("unchecked")
    private List<EindeRij> nogNietGemeld(String sql, LocalDate vanaf, LocalDate tot) {
        List<Object[]> rijen = em.createNativeQuery("select e.* from (" + sql + ") e (sleutel, onderwerp, gemeente, einde, status)"
                        + " where not exists (select 1 from gebeurtenis g where g.sleutel = e.sleutel)")
                .setParameter("vanaf", vanaf).setParameter("tot", tot).getResultList();
        return rijen.stream().map(r -> new EindeRij((String) r[0], (String) r[1], (String) r[2], datum(r[3]),
                (String) r[4])).toList();
    }
}
