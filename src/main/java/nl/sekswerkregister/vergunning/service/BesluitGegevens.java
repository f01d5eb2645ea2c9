package nl.sekswerkregister.vergunning.service;

import java.time.LocalDate;
import nl.sekswerkregister.vergunning.domain.Besluitgrond;
import nl.sekswerkregister.vergunning.domain.Besluittype;

/**
 * A decision to take on a licence, checked for form; the motivation is already stripped. The ground is
 * required for a suspension or revocation and refused with any other decision (the service checks it).
 */
public record BesluitGegevens(Besluittype besluittype, String motivering, LocalDate ingangsdatum, LocalDate geldigTot,
                              Besluitgrond grond) {
}
