package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A transitional provision: who keeps the old rule, until when. Rotterdam's age 21 (2016) spared
 * people already working; Haarlem's (2019) those then aged 18-20.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Overgangsregeling(
        /** The rule it softens, as a path in this vocabulary (see {@link Regelpaden}). */
        @NotNull @Size(max = 120) String regel,
        @NotBlank @Size(max = 500) String omschrijving,
        /** Its last day; absent when the sources give no end date. */
        LocalDate tot) {
}
