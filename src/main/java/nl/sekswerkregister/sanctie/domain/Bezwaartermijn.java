package nl.sekswerkregister.sanctie.domain;

import java.time.LocalDate;
import nl.sekswerkregister.common.tijd.Termijnenwet;

/**
 * The last day to object to a decision. Awb art. 6:7: six weeks; art. 6:8: from the day after the
 * decision was made known, so the term ends on the same weekday six weeks after notification. The
 * Algemene termijnenwet (art. 1 and 3) moves a legal term that ends on a Saturday, Sunday or
 * generally recognised holiday to the next day that is none of these.
 */
public final class Bezwaartermijn {

    private Bezwaartermijn() {
    }

    public static LocalDate einde(LocalDate bekendgemaaktOp) {
        return Termijnenwet.eersteWerkdagVanaf(bekendgemaaktOp.plusWeeks(6));
    }
}
