package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A cap below the whole municipality: per district (Arnhem: at most 1 per CBS wijk) or in one
 * designated zone (Groningen: 105 windows in the Nieuwstad). The city-wide cap is
 * {@link BedrijfstypeRegels#maximumAantal()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Gebiedsmaximum(
        @NotNull Gebied gebied,
        /** The zone's name; for WIJK absent means "every district". */
        @Size(min = 1, max = 100) String naam,
        @NotNull @Min(0) @Max(100000) Integer aantal) {

    public enum Gebied {
        /** A CBS district (wijk). */
        WIJK,
        /** A designated zone, named. */
        ZONE
    }

    @Override
    public String toString() {
        return aantal + " per " + (gebied == Gebied.WIJK ? (naam == null ? "wijk" : "wijk " + naam) : "zone " + naam);
    }
}
