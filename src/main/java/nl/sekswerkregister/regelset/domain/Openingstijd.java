package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Opening hours on one day. A closing time at or before the opening time means "until the next day". */
public record Openingstijd(
        @NotNull Dag dag,
        @NotNull @JsonFormat(pattern = "HH:mm", lenient = OptBoolean.FALSE) LocalTime open,
        @NotNull @JsonFormat(pattern = "HH:mm", lenient = OptBoolean.FALSE) LocalTime sluit) {

    public enum Dag {
        MAANDAG(DayOfWeek.MONDAY), DINSDAG(DayOfWeek.TUESDAY), WOENSDAG(DayOfWeek.WEDNESDAY),
        DONDERDAG(DayOfWeek.THURSDAY), VRIJDAG(DayOfWeek.FRIDAY), ZATERDAG(DayOfWeek.SATURDAY), ZONDAG(DayOfWeek.SUNDAY);

        final DayOfWeek dayOfWeek;

        Dag(DayOfWeek dayOfWeek) {
            this.dayOfWeek = dayOfWeek;
        }

        /** The day as Dutch prose writes it ("vrijdag"). */
        public String nederlands() {
            return dayOfWeek.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"));
        }

        /** The day as English prose writes it ("Friday"): English text gets English day names. */
        public String engels() {
            return dayOfWeek.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    public boolean overNacht() {
        return !sluit.isAfter(open);
    }

    /** Hours open, counting past midnight when the closing time is the next day; 24 when open equals close. */
    public double uren() {
        long minuten = Duration.between(open, sluit).toMinutes();
        return (overNacht() ? minuten + 24 * 60 : minuten) / 60.0;
    }
}
