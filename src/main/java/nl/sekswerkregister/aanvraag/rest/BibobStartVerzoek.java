package nl.sekswerkregister.aanvraag.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of POST .../aanvraag/bibob-onderzoeken: the day the investigation started. */
public record BibobStartVerzoek(@NotNull LocalDate gestartOp) {
}
