package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;

/** Findings with what they were measured against, so every answer names its date, scope and framework. */
public record AnalyseBeeld(LocalDate peildatum, Reikwijdte reikwijdte, Kaderversie kader, List<Conflict> conflicten) {
}
