package nl.sekswerkregister.aanvraag.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of POST .../aanvraag/aanvullingen: the missing items arrived on this day. */
public record AanvullingVerzoek(@NotNull LocalDate aangevuldOp) {
}
