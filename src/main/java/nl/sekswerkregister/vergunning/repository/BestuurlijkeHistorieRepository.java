package nl.sekswerkregister.vergunning.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.datum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What other municipalities decided about an operator or a manager (issue 16, item 5): municipality,
 * date and kind, nothing else. Never the licence number, motivation, documents or any id that would let
 * the caller fetch the other municipality's file: the rows are built without them.
 *
 * <p>The history is a union of sources ({@link #BRONNEN}); each yields {@code gemeente_code, datum, soort}
 * for the licences its subject predicate selects. The predicate is over the licence {@code v} and is given
 * the moment of the source's record, so that a manager is matched only to what was decided while they were
 * named on the licence.
 */
@ApplicationScoped
public class BestuurlijkeHistorieRepository {

    /** One entry: which municipality, on what date, what kind of decision. */
    public record HistorieRij(String gemeenteCode, String gemeentenaam, LocalDate datum, String soort) {
    }

    /** One kind of record in the history: a select over licences {@code v} restricted by the subject predicate. */
    @FunctionalInterface
    interface Bron {
        /** @param onderwerp given the SQL expression of the record's moment, the predicate that selects the subject's licences */
        String select(Function<String, String> onderwerp);
    }

    /**
     * Whether a SCHORSEN or INTREKKEN decision (SQL over {@code besluit b}) is an administrative measure the
     * history reports: a revocation at the holder's own request ({@code OP_VERZOEK}) or because another
     * operator took the business over ({@code OVERNAME}) says nothing about the operator or manager. A
     * decision from before grounds existed (V25) has none and is reported: it may have been a measure.
     */
    static final String GROND_TELT_MEE = "(b.grond is null or b.grond not in ('OP_VERZOEK', 'OVERNAME'))";

    /** Decisions on licences: refused, revoked, suspended. */
    static final Bron BESLUITEN = onderwerp -> """
            select v.gemeente_code, b.ingangsdatum as datum, b.besluittype as soort
            from besluit b join vergunning v on v.id = b.vergunning_id
            where b.besluittype in ('WEIGEREN', 'INTREKKEN', 'SCHORSEN')
              and (b.besluittype = 'WEIGEREN' or %s) and %s""".formatted(GROND_TELT_MEE, onderwerp.apply("b.genomen_op"));

    /**
     * Advice of the national Bibob bureau that the licence would be used with "ernstig gevaar" (art. 3 Wet
     * Bibob), recorded on an application (V23). Only that it existed, where and when: never the advice. A
     * manager counts when named on the licence at the end of the day the advice came in.
     */
    static final Bron BIBOB_ERNSTIG = onderwerp -> """
            select v.gemeente_code, a.advies_ontvangen_op as datum, 'BIBOB_ERNSTIG_GEVAAR' as soort
            from bibob_onderzoek a join vergunning v on v.id = a.vergunning_id
            where a.mate_van_gevaar = 'ERNSTIG' and %s""".formatted(
            onderwerp.apply("((a.advies_ontvangen_op + 1)::timestamp at time zone 'Europe/Amsterdam')"));

    static final List<Bron> BRONNEN = List.of(BESLUITEN, BIBOB_ERNSTIG);

    private final EntityManager em;

    public BestuurlijkeHistorieRepository(EntityManager em) {
        this.em = em;
    }

    /** What municipalities other than {@code eigenGemeente} decided on licences of this (national) operator record. */
    public List<HistorieRij> vanExploitant(UUID exploitantId, String eigenGemeente) {
        return lees(moment -> "v.exploitant_id = :exploitant", eigenGemeente).setParameter("exploitant", exploitantId)
                .getResultList().stream().map(BestuurlijkeHistorieRepository::rij).toList();
    }

    /**
     * What municipalities other than {@code eigenGemeente} decided on licences while this manager was named
     * on them. {@code landelijkePseudoniemen}: the manager's national pseudonym under every configured key
     * version, so that rows a running rotation has not moved yet are found too.
     */
    public List<HistorieRij> vanBeheerder(List<String> landelijkePseudoniemen, String eigenGemeente) {
        return lees(moment -> """
                exists (select 1 from vergunning_beheerder vb where vb.vergunning_id = v.id
                    and vb.landelijk_pseudoniem in (:landelijk) and vb.vanaf <= %1$s
                    and (vb.tot is null or vb.tot > %1$s))""".formatted(moment), eigenGemeente)
                .setParameter("landelijk", landelijkePseudoniemen)
                .getResultList().stream().map(BestuurlijkeHistorieRepository::rij).toList();
    }

    private Query lees(Function<String, String> onderwerp, String eigenGemeente) {
        String unie = BRONNEN.stream().map(b -> "(" + b.select(onderwerp) + ")").collect(Collectors.joining(" union all "));
        return em.createNativeQuery("select h.gemeente_code, g.naam, h.datum, h.soort from (" + unie + ") h "
                        + "join gemeente g on g.code = h.gemeente_code where h.gemeente_code <> :eigen "
                        + "order by h.datum desc, h.gemeente_code, h.soort")
                .setParameter("eigen", eigenGemeente);
    }

    private static HistorieRij rij(Object rij) {
        Object[] r = (Object[]) rij;
        return new HistorieRij((String) r[0], (String) r[1], datum(r[2]), (String) r[3]);
    }
}
