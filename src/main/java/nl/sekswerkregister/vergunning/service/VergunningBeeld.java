package nl.sekswerkregister.vergunning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;

/**
 * Immutable snapshot of a licence as it leaves the service layer, with its status as of the day
 * it was read (so VERLOPEN is shown consistently wherever a licence appears). Managers are shown as
 * the short form of their stored pseudonyms ({@link Pseudonimisering#weergave}).
 */
public record VergunningBeeld(String vergunningnummer, String gemeenteCode, UUID exploitantId,
                              Bedrijfstype bedrijfstype, Adres vestigingsadres, UUID vestigingId, boolean vestigingIsWoning,
                              List<String> beheerders,
                              List<String> voorschriften, VergunningStatus status, LocalDate geldigVanaf,
                              LocalDate geldigTot, Instant aangevraagdOp, long versie, String overnameVan) {

    static VergunningBeeld van(Vergunning v, LocalDate peildatum) {
        return new VergunningBeeld(v.vergunningnummer(), v.gemeenteCode(), v.exploitantId(), v.bedrijfstype(),
                v.vestigingsadres(), v.vestigingId(), v.vestigingIsWoning(), v.beheerders().stream().map(Pseudonimisering::weergave).toList(), v.voorschriften(), v.status(peildatum),
                v.geldigVanaf(), v.geldigTot(), v.aangevraagdOp(), v.versie(), v.overnameVanNummer());
    }
}
