package nl.sekswerkregister.registratie.rest;

import java.time.Instant;
import java.time.LocalDate;
import nl.sekswerkregister.registratie.service.RegistratiestatusBeeld;

/**
 * Answer of the hit/no-hit check. For a verificateur only registratienummer, geldig and the time
 * are filled; enforcement also sees status, end date and recognition (absent fields are left out of
 * the JSON).
 */
public record RegistratiestatusDto(String registratienummer, boolean geldig, String status, LocalDate geldigTot,
                                   String gemeenteCode, Boolean erkend, Instant gecontroleerdOp) {

    static RegistratiestatusDto van(RegistratiestatusBeeld b) {
        return new RegistratiestatusDto(b.registratienummer(), b.geldig(), b.status(), b.geldigTot(), b.gemeenteCode(),
                b.erkend(), b.gecontroleerdOp());
    }
}
