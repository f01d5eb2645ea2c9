package nl.sekswerkregister.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.sekswerkregister.aanvraag.domain.Beslistermijn;
import nl.sekswerkregister.aanvraag.domain.Opschorting;
import org.junit.jupiter.api.Test;

/** Awb art. 4:13, 4:15 and 4:14/4:20b with the Algemene termijnenwet: the last day to decide. */
class BeslistermijnTest {

    @Test
    void achtWekenNaOntvangstOpDezelfdeWeekdag() {
        // Received Monday 2 March 2026: the period runs from Tuesday 3 March and ends Monday 27 April,
        // which is King's Day: Tuesday 28 April.
        assertThat(Beslistermijn.bereken(LocalDate.of(2026, 3, 2), 8, List.of(), null).uiterlijk())
                .isEqualTo(LocalDate.of(2026, 4, 28));
        // Received Tuesday 1 September 2026: Tuesday 27 October.
        assertThat(Beslistermijn.bereken(LocalDate.of(2026, 9, 1), 8, List.of(), null).uiterlijk())
                .isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void opschortingVanDeDagNaHetVerzoekTotEnMetDeAanvulling() {
        LocalDate ontvangen = LocalDate.of(2026, 9, 1);
        // Asked on 8 September, supplied on 15 September: 7 days (9 up to and including 15).
        Opschorting aangevuld = new Opschorting(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 15));
        assertThat(aangevuld.dagen()).isEqualTo(7);
        assertThat(Beslistermijn.bereken(ontvangen, 8, List.of(aangevuld), null).uiterlijk())
                .isEqualTo(LocalDate.of(2026, 11, 3));
        // Never supplied: the recovery period ran out unused on 22 September, 14 days.
        Opschorting ongebruikt = new Opschorting(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 22), null);
        assertThat(ongebruikt.dagen()).isEqualTo(14);
        // Supplied after the recovery period ended: the suspension ended with that period.
        Opschorting laat = new Opschorting(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 1));
        assertThat(laat.dagen()).isEqualTo(14);
        assertThat(aangevuld.schortOpOp(LocalDate.of(2026, 9, 8))).isFalse();
        assertThat(aangevuld.schortOpOp(LocalDate.of(2026, 9, 9))).isTrue();
        assertThat(aangevuld.schortOpOp(LocalDate.of(2026, 9, 15))).isTrue();
        assertThat(aangevuld.schortOpOp(LocalDate.of(2026, 9, 16))).isFalse();
    }

    @Test
    void verdagingTeltZijnWekenErbij() {
        // 1 September + 8 weeks = 27 October, + 4 weeks = Tuesday 24 November.
        assertThat(Beslistermijn.bereken(LocalDate.of(2026, 9, 1), 8, List.of(), 4).uiterlijk())
                .isEqualTo(LocalDate.of(2026, 11, 24));
        // Ending on Christmas Day (Friday 25 December 2026): Boxing Day and the weekend follow, Monday 28.
        assertThat(Beslistermijn.bereken(LocalDate.of(2026, 10, 30), 8, List.of(), null).uiterlijk())
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    /**
     * Randomised: the last day is never a weekend day, lies at most a few days after the plain sum of
     * weeks, suspensions and extension (holidays and a weekend), and grows with each of them.
     */
    @Test
    void willekeurigeAanvragen() {
        long zaad = System.nanoTime();
        SplittableRandom toeval = new SplittableRandom(zaad);
        for (int i = 0; i < 2000; i++) {
            LocalDate ontvangen = LocalDate.of(2024, 1, 1).plusDays(toeval.nextInt(3 * 365));
            int weken = 1 + toeval.nextInt(52);
            List<Opschorting> opschortingen = new ArrayList<>();
            LocalDate dag = ontvangen;
            long som = 0;
            for (int j = toeval.nextInt(3); j > 0; j--) {
                LocalDate verzocht = dag.plusDays(toeval.nextInt(20));
                LocalDate tot = verzocht.plusDays(1 + toeval.nextInt(30));
                LocalDate aangevuld = toeval.nextBoolean() ? null : verzocht.plusDays(toeval.nextInt(40));
                Opschorting o = new Opschorting(verzocht, tot, aangevuld);
                LocalDate einde = aangevuld == null || aangevuld.isAfter(tot) ? tot : aangevuld;
                som += ChronoUnit.DAYS.between(verzocht, einde);
                opschortingen.add(o);
                dag = einde;
            }
            Integer verdaging = toeval.nextBoolean() ? null : 1 + toeval.nextInt(52);
            Beslistermijn t = Beslistermijn.bereken(ontvangen, weken, opschortingen, verdaging);
            LocalDate kaal = ontvangen.plusDays(7L * weken + som + 7L * (verdaging == null ? 0 : verdaging));
            String wat = "zaad " + zaad + ": " + ontvangen + ", " + weken + " weken, " + opschortingen + ", verdaging " + verdaging;
            assertThat(t.dagenOpgeschort()).as(wat).isEqualTo(som);
            assertThat(t.uiterlijk()).as(wat).isAfterOrEqualTo(kaal).isBeforeOrEqualTo(kaal.plusDays(4));
            assertThat(t.uiterlijk().getDayOfWeek()).as(wat).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(nl.sekswerkregister.common.tijd.Termijnenwet.isGeenWerkdag(t.uiterlijk())).as(wat).isFalse();
            assertThat(t.isVerstrekenOp(t.uiterlijk())).as(wat).isFalse();
            assertThat(t.isVerstrekenOp(t.uiterlijk().plusDays(1))).as(wat).isTrue();
            if (verdaging != null) {
                assertThat(Beslistermijn.bereken(ontvangen, weken, opschortingen, null).uiterlijk()).as(wat)
                        .isBefore(t.uiterlijk());
            }
        }
    }
}
