package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.KaderInfo;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;

public record Simulatieresultaat(String gemeenteCode, LocalDate peildatum, Reikwijdte reikwijdte, KaderInfo kader,
                                 List<Conflict> nieuweConflicten, List<Conflict> opgelosteConflicten,
                                 List<Conflict> vergunningenBuitenRegels) {
}
