package nl.sekswerkregister.statistiek.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.statistiek.domain.Gebiedsindeling;

/**
 * Counts for the statistics, aggregated in SQL (GROUP BY municipality and categories), never by
 * loading entities. Stocks as of a date are read as the register stood at the end of that day: the
 * stored status after the last decision taken on or before it (decisions are append-only, so this is
 * what the per-record endpoints said that day); the status rules that depend on the date itself
 * (VERLOPEN, a suspension past its last day) are applied by the service with the domain's own rules.
 */
@ApplicationScoped
@Transactional
public class StatistiekRepository {

    /** A count for one municipality and one combination of categories (and, for flows, a month). */
    public record TellingRij(String maand, String gemeenteCode, List<String> kenmerken, long aantal) {
    }

    /** Licences by municipality, type, stored status as of the date, and the dates the status rules read. */
    public record VergunningRij(String gemeenteCode, String bedrijfstype, String status, LocalDate geldigTot,
                                LocalDate geschorstTot, long aantal) {
    }

    /** Registrations by municipality, band, stored status as of the date and last day of validity then. */
    public record RegistratieRij(String gemeenteCode, String leeftijdsband, String status, LocalDate geldigTot,
                                 long aantal) {
    }

    /** A municipality's rule set in force: its origin and its rules, as stored. */
    public record RegelsRij(String gemeenteCode, String herkomst, String regels) {
    }

    private final EntityManager em;

    public StatistiekRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Gebiedsindeling indeling() {
        List<Object[]> rijen = em.createNativeQuery(
                "select code, naam, provincie, veiligheidsregio, riec_regio from gemeente order by code").getResultList();
        return new Gebiedsindeling(rijen.stream().map(r -> new Gebiedsindeling.Gemeente((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4])).toList());
    }

    @SuppressWarnings("unchecked")
    public List<VergunningRij> vergunningen(LocalDate peildatum) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select v.gemeente_code, v.bedrijfstype, coalesce(b.status_na, 'AANGEVRAAGD'), v.geldig_tot,
                            case when b.besluittype = 'SCHORSEN' then b.geldig_tot end, count(*)
                        from vergunning v
                        left join lateral (select b.status_na, b.besluittype, b.geldig_tot from besluit b
                            where b.vergunning_id = v.id and b.genomen_op < :einde
                            order by b.genomen_op desc, b.id desc limit 1) b on true
                        where v.aangevraagd_op < :einde
                        group by 1, 2, 3, 4, 5""")
                .setParameter("einde", einde(peildatum)).getResultList();
        return rijen.stream().map(r -> new VergunningRij((String) r[0], (String) r[1], (String) r[2], datum(r[3]),
                datum(r[4]), ((Number) r[5]).longValue())).toList();
    }

    /**
     * The last day of validity as of the date: after the last decision on or before it. Without one, the
     * registration's own; an extension (VERLENGEN) can only be taken while it runs, so the date it
     * replaced lay after any day before the extension, and the status rules read the same either way.
     */
    @SuppressWarnings("unchecked")
    public List<RegistratieRij> registraties(LocalDate peildatum) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select r.gemeente_code, r.leeftijdsband, coalesce(b.status_na, 'ACTIEF'),
                            coalesce(b.geldig_tot_na, r.geldig_tot), count(*)
                        from registratie r
                        left join lateral (select b.status_na, b.geldig_tot_na from registratie_besluit b
                            where b.registratie_id = r.id and b.genomen_op < :einde
                            order by b.genomen_op desc, b.id desc limit 1) b on true
                        where r.aangemaakt_op < :einde
                        group by 1, 2, 3, 4""")
                .setParameter("einde", einde(peildatum)).getResultList();
        return rijen.stream().map(r -> new RegistratieRij((String) r[0], (String) r[1], (String) r[2], datum(r[3]),
                ((Number) r[4]).longValue())).toList();
    }

    /**
     * The rule set in force on the date, per municipality that has one: where it comes from and its stored
     * rules (JSON). Published versions of one municipality never overlap (regelset_geen_overlap).
     */
    @SuppressWarnings("unchecked")
    public List<RegelsRij> regelsInWerking(LocalDate peildatum) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select distinct on (r.gemeente_code) r.gemeente_code, r.herkomst, r.regels from regelset r
                        where r.status = 'GEPUBLICEERD' and r.geldig_vanaf <= :datum
                            and (r.geldig_tot is null or r.geldig_tot >= :datum)
                        order by r.gemeente_code, r.geldig_vanaf desc""")
                .setParameter("datum", peildatum).getResultList();
        return rijen.stream().map(r -> new RegelsRij((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Flows per month from {@code vanaf} up to and including {@code tot}: one statement per statistic. */
    @SuppressWarnings("unchecked")
    public List<TellingRij> stromen(Stroom stroom, YearMonth vanaf, YearMonth tot) {
        var query = em.createNativeQuery(SQL.get(stroom));
        if (stroom == Stroom.BESLUITEN) {
            query.setParameter("vanMoment", einde(vanaf.atDay(1).minusDays(1)))
                    .setParameter("totMoment", einde(tot.atEndOfMonth()));
        } else {
            query.setParameter("van", vanaf.atDay(1)).setParameter("tot", tot.plusMonths(1).atDay(1));
        }
        List<Object[]> rijen = query.getResultList();
        List<TellingRij> uit = new ArrayList<>(rijen.size());
        for (Object[] r : rijen) {
            uit.add(new TellingRij((String) r[0], (String) r[1], List.of((String) r[2]), ((Number) r[3]).longValue()));
        }
        return uit;
    }

    /** The flows, each counted in the month of its own date. */
    public enum Stroom { BESLUITEN, CONTROLES, BEVINDINGEN, SANCTIES, SIGNALERINGEN }

    // Decisions count in the month they were taken (Amsterdam time); the rest by their own date. Decisions
    // are bounded by moments, the others by dates.
    private static final Map<Stroom, String> SQL = Map.of(
            Stroom.BESLUITEN, """
                    select to_char(b.genomen_op at time zone 'Europe/Amsterdam', 'YYYY-MM'), v.gemeente_code, b.besluittype,
                        count(*)
                    from besluit b join vergunning v on v.id = b.vergunning_id
                    where b.genomen_op >= :vanMoment and b.genomen_op < :totMoment
                    group by 1, 2, 3""",
            Stroom.CONTROLES, perDatum("controle", "datum", "soort"),
            Stroom.BEVINDINGEN, """
                    select to_char(c.datum, 'YYYY-MM'), c.gemeente_code, b.code, count(*)
                    from bevinding b join controle c on c.id = b.controle_id
                    where c.datum >= :van and c.datum < :tot and b.code <> 'SIGNALEN_VAN_DWANG'
                    group by 1, 2, 3""",
            Stroom.SANCTIES, perDatum("sanctie", "bekendgemaakt_op", "soort"),
            Stroom.SIGNALERINGEN, perDatum("signalering", "datum", "soort"));

    /** A flow counted by a date column of one table, per municipality and one category column. */
    private static String perDatum(String tabel, String datum, String kenmerk) {
        return "select to_char(t." + datum + ", 'YYYY-MM'), t.gemeente_code, t." + kenmerk + ", count(*) from " + tabel
                + " t where t." + datum + " >= :van and t." + datum + " < :tot group by 1, 2, 3";
    }

    /** The first moment after a day, in Amsterdam: "on or before that day" is "before this moment". */
    private static Instant einde(LocalDate dag) {
        return dag.plusDays(1).atStartOfDay(Klok.NEDERLAND).toInstant();
    }
}
