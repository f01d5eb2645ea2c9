package nl.sekswerkregister.sanctie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.sekswerkregister.sanctie.domain.Bezwaartermijn;
import org.junit.jupiter.api.Test;

/** Awb art. 6:7/6:8 with the Algemene termijnenwet: six weeks, past weekends and holidays. */
class BezwaartermijnTest {

    @Test
    void zesWekenNaDeBekendmakingOpDezelfdeWeekdag() {
        // Monday 2 March 2026: the term runs from Tuesday 3 March and ends on Monday 13 April.
        assertThat(Bezwaartermijn.einde(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void eenTermijnDieOpEenZaterdagOfFeestdagEindigtSchuiftDoor() {
        // Saturday 14 March + 6 weeks = Saturday 25 April; Monday 27 April is King's Day: Tuesday 28.
        assertThat(Bezwaartermijn.einde(LocalDate.of(2026, 3, 14))).isEqualTo(LocalDate.of(2026, 4, 28));
        // Ends on Easter Monday 2026 (6 April): Tuesday 7 April.
        assertThat(Bezwaartermijn.einde(LocalDate.of(2026, 2, 23))).isEqualTo(LocalDate.of(2026, 4, 7));
        // Ends on Christmas Day 2026 (Friday): Boxing Day and the weekend follow, so Monday 28 December.
        assertThat(Bezwaartermijn.einde(LocalDate.of(2026, 11, 13))).isEqualTo(LocalDate.of(2026, 12, 28));
        // Ends on 5 May 2027 (Wednesday, Liberation Day): Thursday 6 May, which is Ascension Day 2027: Friday 7.
        assertThat(Bezwaartermijn.einde(LocalDate.of(2027, 3, 24))).isEqualTo(LocalDate.of(2027, 5, 7));
    }
}
