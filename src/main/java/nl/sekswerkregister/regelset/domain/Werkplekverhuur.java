package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Limits on renting a workplace (a window or room) to one sex worker, as licence conditions set
 * them: Amsterdam at most 6 days a week and 11 hours a day (upheld by ABRvS 29-08-2018).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Werkplekverhuur(
        @Min(1) @Max(7) Integer maximaalDagenPerWeek,
        @Min(1) @Max(24) Integer maximaalUrenPerDag) {
}
