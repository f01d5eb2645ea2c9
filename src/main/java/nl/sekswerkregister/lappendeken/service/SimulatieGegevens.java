package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.regelset.domain.Regels;

/** A draft rule set to try out, with the date, scope and framework to measure it against (null: the defaults). */
public record SimulatieGegevens(String gemeenteCode, Regels regels, LocalDate peildatum, Reikwijdte reikwijdte,
                                String kader) {
}
