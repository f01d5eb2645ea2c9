package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.regelset.domain.Regels;

/** What a simulation found, with the complete rules it simulated (a change shows what it produced). */
public record SimulatieBeeld(String gemeenteCode, LocalDate peildatum, Reikwijdte reikwijdte, Kaderversie kader,
                             Regels regels, List<Conflict> nieuweConflicten, List<Conflict> opgelosteConflicten,
                             List<Conflict> vergunningenBuitenRegels) {
}
