package nl.sekswerkregister.aanvraag.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

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
        while (isGeenWerkdag(einde)) {
            einde = einde.plusDays(1);
        }
        return new Beslistermijn(ontvangenOp, weken, opgeschort, verdagingWeken, einde);
    }

    /** Passed on this day: the last day was before it. */
    public boolean isVerstrekenOp(LocalDate dag) {
        return dag.isAfter(uiterlijk);
    }

    private static final Set<MonthDay> VASTE_FEESTDAGEN = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 5),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    /** Saturday, Sunday, or a holiday of Algemene termijnenwet art. 3. */
    public static boolean isGeenWerkdag(LocalDate dag) {
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY
                || VASTE_FEESTDAGEN.contains(MonthDay.from(dag))) {
            return true;
        }
        LocalDate pasen = paaszondag(dag.getYear());
        if (dag.equals(pasen.plusDays(1)) || dag.equals(pasen.plusDays(39)) || dag.equals(pasen.plusDays(50))) {
            return true; // Easter Monday, Ascension Day, Whit Monday
        }
        LocalDate koningsdag = LocalDate.of(dag.getYear(), 4, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        return dag.equals(koningsdag);
    }

    /** Easter Sunday (the anonymous Gregorian algorithm of Meeus/Jones/Butcher). */
    static LocalDate paaszondag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
