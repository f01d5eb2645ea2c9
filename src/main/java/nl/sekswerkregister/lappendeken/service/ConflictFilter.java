package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;

/** What a conflict analysis is asked for; null fields mean "any" or the default. */
public record ConflictFilter(LocalDate peildatum, Reikwijdte reikwijdte, String regio, String gemeenteCode,
                             String controle, Ernst ernst, String kader) {
}
