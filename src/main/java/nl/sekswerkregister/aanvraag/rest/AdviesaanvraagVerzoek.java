package nl.sekswerkregister.aanvraag.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of POST .../bibob-onderzoeken/{id}/adviesaanvraag: the day advice was asked of the Landelijk Bureau Bibob. */
public record AdviesaanvraagVerzoek(@NotNull LocalDate adviesGevraagdOp) {
}
