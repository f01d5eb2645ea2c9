package nl.sekswerkregister.aanvraag.domain;

import java.time.LocalDate;
import nl.sekswerkregister.common.tijd.Termijnenwet;
import java.util.List;

/**
 * The last day to decide on an application.
 *
 * <p>Awb art. 4:13: within the period a regulation sets (here: the rule set in force on the day the
 * application was received), else within a reasonable period of at most eight weeks. The period starts
 * the day after receipt, so {@code weken} weeks end on the same weekday as the receipt. Every request
 * for missing items adds the days it suspended the period (art. 4:15, see {@link Opschorting#dagen});
 * one extension (art. 4:14(3), 4:20b) adds its weeks. The Algemene termijnenwet (art. 1, 3) moves a
 * period that ends on a Saturday, Sunday or public holiday to the next day that is none of these.
 */
public record Beslistermijn(LocalDate ontvangenOp, int weken, long dagenOpgeschort, Integer verdagingWeken,
                            LocalDate uiterlijk) {

    public static Beslistermijn bereken(LocalDate ontvangenOp, int weken, List<Opschorting> opschortingen,
                                        Integer verdagingWeken) {
        long opgeschort = opschortingen.stream().mapToLong(Opschorting::dagen).sum();
        LocalDate einde = ontvangenOp.plusWeeks(weken).plusDays(opgeschort)
                .plusWeeks(verdagingWeken == null ? 0 : verdagingWeken);
        return new Beslistermijn(ontvangenOp, weken, opgeschort, verdagingWeken, Termijnenwet.eersteWerkdagVanaf(einde));
    }

    /** Passed on this day: the last day was before it. */
    public boolean isVerstrekenOp(LocalDate dag) {
        return dag.isAfter(uiterlijk);
    }
}
