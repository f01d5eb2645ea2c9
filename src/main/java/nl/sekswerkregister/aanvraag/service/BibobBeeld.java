package nl.sekswerkregister.aanvraag.service;

import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.aanvraag.domain.Gevaarsmate;

/** A Bibob investigation: that it exists, its dates and the advice's degree of danger; never the advice. */
public record BibobBeeld(UUID id, String vergunningnummer, LocalDate gestartOp, LocalDate adviesGevraagdOp,
                         LocalDate adviesOntvangenOp, Gevaarsmate mateVanGevaar, UUID besluitId) {
}
