package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Rules for one business type in one municipality. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BedrijfstypeRegels(
        /** The type may operate here at all (false: a ban, e.g. no window prostitution). */
        Boolean toegestaan,
        /** Operating requires an exploitatievergunning. */
        Boolean vergunningplicht,
        /** Most establishments of this type that may be licensed; absent: no cap; 0: a zero quota. */
        @Min(0) @Max(100000) Integer maximumAantal,
        /** Permitted opening hours per day of the week; a day that is not listed is closed. */
        @Size(max = 7) List<@Valid Openingstijd> openingstijden,
        /** Opening past midnight is permitted (an opening time whose closing time is earlier than its opening). */
        Boolean nachtopeningToegestaan) {
}
