package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;
import nl.sekswerkregister.vergunning.service.VergunningstatusBeeld;

/**
 * Answer of the status check. Never the operator or the managers. The premises' address is in it,
 * because a licence is a public decision and an officer at a door must be able to see that a number
 * belongs to other premises; except for THUISWERK, where the premises are the sex worker's home and
 * the address personal data: there the officer sends the address they see and only learns whether it
 * matches ({@code adresKomtOvereen}, which works the same for every business type).
 */
public record VergunningstatusDto(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                                 Controlestatus status, LocalDate geldigTot, LocalDate geslotenTot,
                                 LocalDate geschorstTot, Instant gecontroleerdOp,
                                 AdresDto vestigingsadres, Boolean adresKomtOvereen,
                                 @JsonProperty("_links") Links links) {

    public record Links(Link self, Link vestiging) {
    }

    static VergunningstatusDto van(VergunningstatusBeeld c) {
        return new VergunningstatusDto(c.vergunningnummer(), c.gemeenteCode(), c.bedrijfstype(), c.status(), c.geldigTot(),
                c.geslotenTot(), c.geschorstTot(), c.gecontroleerdOp(), AdresDto.van(c.vestigingsadres()), c.adresKomtOvereen(),
                new Links(new Link(VergunningResource.PAD + "/" + c.vergunningnummer() + "/status"),
                        c.vestigingId() == null ? null : new Link("/api/v1/vestigingen/" + c.vestigingId())));
    }
}
