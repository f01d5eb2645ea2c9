package nl.sekswerkregister.regelset.service;

import java.time.LocalDate;
import nl.sekswerkregister.regelset.domain.Regels;

/** A draft rule set version (new or edited), checked for form; the service checks the rules themselves. */
public record RegelsetGegevens(LocalDate geldigVanaf, LocalDate geldigTot, String bron, Regels regels) {
}
