package nl.sekswerkregister.regelset.service;

import java.time.LocalDate;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regels;

/** A new version of a national framework, checked for form; without inWerkingVanaf it is not in force (a bill). */
public record KaderGegevens(String code, String naam, String bron, Regels regels, LocalDate inWerkingVanaf,
                            LocalDate inWerkingTot, Kadersoort soort, Map<String, Kaderregeling> regeling) {
}
