package nl.sekswerkregister.aanvraag.domain;

import java.time.LocalDate;

/**
 * A request for missing items: asked on {@code verzochtOp}, to be supplied by {@code hersteltermijnTot}
 * (its last day), supplied on {@code aangevuldOp} (null: not yet).
 */
public record Opschorting(LocalDate verzochtOp, LocalDate hersteltermijnTot, LocalDate aangevuldOp) {

    /**
     * Awb art. 4:15(1)(a): the period is suspended from the day after the request until the day the
     * application is supplemented or the recovery period has passed unused. Counted as the days from the
     * request to that day: the day after the request up to and including the end day. An open request
     * counts up to the end of its recovery period, which is what the period will be if nothing arrives;
     * a supplement after the recovery period ended does not suspend longer than the period did.
     */
    public long dagen() {
        LocalDate einde = aangevuldOp == null || aangevuldOp.isAfter(hersteltermijnTot) ? hersteltermijnTot : aangevuldOp;
        return java.time.temporal.ChronoUnit.DAYS.between(verzochtOp, einde);
    }

    /** Whether the period stands still on this day. */
    public boolean schortOpOp(LocalDate dag) {
        LocalDate einde = aangevuldOp == null || aangevuldOp.isAfter(hersteltermijnTot) ? hersteltermijnTot : aangevuldOp;
        return dag.isAfter(verzochtOp) && !dag.isAfter(einde);
    }
}
