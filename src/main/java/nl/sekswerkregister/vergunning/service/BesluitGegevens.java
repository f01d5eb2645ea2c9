package nl.sekswerkregister.vergunning.service;

import java.time.LocalDate;
import nl.sekswerkregister.vergunning.domain.Besluittype;

/** A decision to take on a licence, checked for form; the motivation is already stripped. */
public record BesluitGegevens(Besluittype besluittype, String motivering, LocalDate ingangsdatum, LocalDate geldigTot) {
}
