package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Validity of a sex worker's registration, optionally shorter below an age (as Germany's
 * ProstSchG: one year under 21, two years from 21).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Registratiegeldigheid(
        @NotNull @Min(1) @Max(120) Integer maanden,
        @Min(16) @Max(99) Integer onderLeeftijd,
        @Min(1) @Max(120) Integer maandenOnderLeeftijd) {

    public int maandenVoorLeeftijd(int leeftijd) {
        return onderLeeftijd != null && maandenOnderLeeftijd != null && leeftijd < onderLeeftijd
                ? maandenOnderLeeftijd : maanden;
    }
}
