package nl.sekswerkregister.aanvraag.service;

import java.time.LocalDate;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.GevolgNietTijdig;

/** A case in the desk's worklist: enough to see which period passes first and what that means. */
public record AanvraagOverzichtBeeld(String vergunningnummer, String gemeenteCode, LocalDate ontvangenOp,
                                     Aanvraagstatus status, LocalDate uitersteBeslisdatum, boolean termijnVerstreken,
                                     GevolgNietTijdig gevolg) {
}
