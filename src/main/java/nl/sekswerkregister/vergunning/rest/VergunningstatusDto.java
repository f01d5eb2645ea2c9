package nl.sekswerkregister.vergunning.rest;

import java.time.Instant;
import java.time.LocalDate;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;
import nl.sekswerkregister.vergunning.service.VergunningstatusBeeld;

/** Answer of the status check; deliberately without operator, address or managers. */
public record VergunningstatusDto(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                                 Controlestatus status, LocalDate geldigTot, Instant gecontroleerdOp) {

    static VergunningstatusDto van(VergunningstatusBeeld c) {
        return new VergunningstatusDto(c.vergunningnummer(), c.gemeenteCode(), c.bedrijfstype(), c.status(), c.geldigTot(),
                c.gecontroleerdOp());
    }
}
