package nl.sekswerkregister.aanvraag.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.sekswerkregister.aanvraag.domain.Gevaarsmate;

/** Body of POST .../bibob-onderzoeken/{id}/advies: the day the advice came and its degree of danger, nothing of its content. */
public record AdviesVerzoek(@NotNull LocalDate adviesOntvangenOp, @NotNull Gevaarsmate mateVanGevaar) {
}
