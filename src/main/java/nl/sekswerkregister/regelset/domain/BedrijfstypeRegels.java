package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Rules for one business type in one municipality. Every field is optional and absent means
 * unknown; a municipality that decided to have no rule lists the path in {@link Regels#nietGeregeld()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BedrijfstypeRegels(
        /** The type may operate here at all (false: a ban, e.g. no window prostitution). */
        Boolean toegestaan,
        /** Operating requires an exploitatievergunning. */
        Boolean vergunningplicht,
        /** Most establishments of this type in the whole municipality; 0 is a zero quota. */
        @Min(0) @Max(100000) Integer maximumAantal,
        /** Permitted opening hours per day of the week; a day that is not listed is closed. */
        @Size(max = 7) List<@Valid Openingstijd> openingstijden,
        /** Opening past midnight is permitted (an opening time whose closing time is earlier than its opening). */
        Boolean nachtopeningToegestaan,
        /** Minimum age for sex work in this type, where it differs from the municipality's general one. */
        @Min(16) @Max(99) Integer minimumleeftijd,
        /** Licence term in years for this type, where it differs from the general one (Tilburg: 3 or 1). */
        @Min(1) @Max(99) Integer vergunningtermijnJaren,
        /** Caps per district or designated zone. */
        @Size(max = 50) List<@Valid Gebiedsmaximum> maximaPerGebied,
        /** The type may operate only in these designated zones (Groningen windows: Nieuwstad). */
        @Size(min = 1, max = 50) List<@Size(min = 1, max = 100) String> aangewezenGebieden,
        /** Minimum distance between two establishments of this type (Rotterdam: 250 m). */
        @Min(1) @Max(100000) Integer minimaleAfstandMeters,
        /** How capped licences are handed out. */
        Schaarsteverdeling schaarsteverdeling) {

    public static BedrijfstypeRegels van(Boolean toegestaan, Boolean vergunningplicht, Integer maximumAantal) {
        return new BedrijfstypeRegels(toegestaan, vergunningplicht, maximumAantal, null, null, null, null, null, null,
                null, null);
    }

    /** A type that may not operate here: the one statement that makes its other rules moot. */
    @JsonIgnore
    public boolean isVerboden() {
        return Boolean.FALSE.equals(toegestaan);
    }
}
