package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;

public record SimulatieBeeld(String gemeenteCode, LocalDate peildatum, Reikwijdte reikwijdte, Kaderversie kader,
                                 List<Conflict> nieuweConflicten, List<Conflict> opgelosteConflicten,
                                 List<Conflict> vergunningenBuitenRegels) {
}
