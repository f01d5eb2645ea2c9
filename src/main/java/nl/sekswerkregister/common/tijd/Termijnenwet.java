package nl.sekswerkregister.common.tijd;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The Algemene termijnenwet (art. 1 and 3): a legal period that ends on a Saturday, Sunday or generally
 * recognised holiday ends on the next day that is none of these. Shared by every period the register
 * computes (the objection period of a sanction, the decision period of an application), so that they
 * agree on which days count.
 */
public final class Termijnenwet {

    private static final Set<MonthDay> VASTE_FEESTDAGEN = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 5),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private Termijnenwet() {
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public static LocalDate eersteWerkdagVanaf(LocalDate dag) {
        LocalDate einde = dag;
        while (isGeenWerkdag(einde)) {
            einde = einde.plusDays(1);
        }
        return einde;
    }

    /** Saturday, Sunday, or a holiday of art. 3 (New Year, Easter Monday, King's Day, 5 May, Ascension, Whit Monday, Christmas). */
    public static boolean isGeenWerkdag(LocalDate dag) {
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY
                || VASTE_FEESTDAGEN.contains(MonthDay.from(dag))) {
            return true;
        }
        LocalDate pasen = paaszondag(dag.getYear());
        if (dag.equals(pasen.plusDays(1)) || dag.equals(pasen.plusDays(39)) || dag.equals(pasen.plusDays(50))) {
            return true; // Easter Monday, Ascension Day, Whit Monday
        }
        // King's Day: 27 April, or the 26th when the 27th is a Sunday.
        LocalDate koningsdag = LocalDate.of(dag.getYear(), 4, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        return dag.equals(koningsdag);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    public static LocalDate paaszondag(int jaar) {
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
