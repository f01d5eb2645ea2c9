package nl.sekswerkregister.lappendeken.domain;

import java.time.LocalDate;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/** A licence in force on the analysis date (granted or suspended, not expired). */
public record VergunningInWerking(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                             LocalDate geldigVanaf, LocalDate geldigTot) {
}
