package nl.sekswerkregister.aanvraag.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.GevolgNietTijdig;
import nl.sekswerkregister.aanvraag.service.AanvraagOverzichtBeeld;
import nl.sekswerkregister.common.paginering.Link;

/** One case in GET /aanvragen. */
public record AanvraagOverzichtDto(String vergunningnummer, String gemeenteCode, LocalDate ontvangenOp,
                                   Aanvraagstatus status, LocalDate uiterlijkeBeslisdatum, boolean termijnVerstreken,
                                   GevolgNietTijdig gevolgBijNietTijdigBeslissen, @JsonProperty("_links") Links links) {

    public record Links(Link self, Link vergunning) {
    }

    static AanvraagOverzichtDto van(AanvraagOverzichtBeeld a) {
        String vergunning = AanvraagResource.PAD + "/" + a.vergunningnummer();
        return new AanvraagOverzichtDto(a.vergunningnummer(), a.gemeenteCode(), a.ontvangenOp(), a.status(),
                a.uitersteBeslisdatum(), a.termijnVerstreken(), a.gevolg(),
                new Links(new Link(vergunning + "/aanvraag"), new Link(vergunning)));
    }
}
