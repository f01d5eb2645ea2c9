package nl.sekswerkregister.vergunning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LevenscyclusTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 27);

    @Test
    void verleendEnGeschorstVerlopenDeDagNaGeldigTot() {
        assertThat(Levenscyclus.actueel(VergunningStatus.VERLEEND, VANDAAG, VANDAAG)).isEqualTo(VergunningStatus.VERLEEND);
        assertThat(Levenscyclus.actueel(VergunningStatus.VERLEEND, VANDAAG.minusDays(1), VANDAAG))
                .isEqualTo(VergunningStatus.VERLOPEN);
        assertThat(Levenscyclus.actueel(VergunningStatus.GESCHORST, VANDAAG.minusDays(1), VANDAAG))
                .isEqualTo(VergunningStatus.VERLOPEN);
        // An ended licence keeps the reason it ended, even after its term.
        assertThat(Levenscyclus.actueel(VergunningStatus.INGETROKKEN, VANDAAG.minusDays(1), VANDAAG))
                .isEqualTo(VergunningStatus.INGETROKKEN);
    }

    @Test
    void controlestatusVoorDeHandhaver() {
        assertThat(Controlestatus.bepaal(VergunningStatus.VERLEEND, VANDAAG, VANDAAG.plusYears(1), VANDAAG))
                .isEqualTo(Controlestatus.GELDIG);
        assertThat(Controlestatus.bepaal(VergunningStatus.VERLEEND, VANDAAG.plusDays(1), VANDAAG.plusYears(1), VANDAAG))
                .isEqualTo(Controlestatus.NIET_VERLEEND);
        assertThat(Controlestatus.bepaal(VergunningStatus.GESCHORST, VANDAAG, VANDAAG.plusYears(1), VANDAAG))
                .isEqualTo(Controlestatus.GESCHORST);
        assertThat(Controlestatus.bepaal(VergunningStatus.AANGEVRAAGD, null, null, VANDAAG))
                .isEqualTo(Controlestatus.NIET_VERLEEND);
        assertThat(Controlestatus.bepaal(VergunningStatus.GEWEIGERD, null, null, VANDAAG))
                .isEqualTo(Controlestatus.NIET_VERLEEND);
        assertThat(Controlestatus.bepaal(VergunningStatus.VERLEEND, VANDAAG.minusYears(1), VANDAAG.minusDays(1), VANDAAG))
                .isEqualTo(Controlestatus.VERLOPEN);
    }

    @Test
    void eindstatussenHebbenGeenVervolgbesluit() {
        for (VergunningStatus eind : new VergunningStatus[] {VergunningStatus.GEWEIGERD, VergunningStatus.INGETROKKEN,
                VergunningStatus.VERLOPEN, VergunningStatus.AANVRAAG_INGETROKKEN}) {
            assertThat(Levenscyclus.mogelijk(eind)).as(eind.name()).isEmpty();
        }
        assertThat(Levenscyclus.na(VergunningStatus.GESCHORST, Besluittype.SCHORSING_OPHEFFEN))
                .contains(VergunningStatus.VERLEEND);
    }
}
