package nl.sekswerkregister.registratie.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.registratie.domain.RegistratieStatus;
import nl.sekswerkregister.registratie.service.RegistratieBeeld;

public record RegistratieDto(String registratienummer, String gemeenteCode, RegistratieStatus status,
                             LocalDate geldigVanaf, LocalDate geldigTot, String leeftijdsband, LocalDate intakedatum,
                             String werknaam, LocalDate herhaalgesprekOp, String gemeentePseudoniem,
                             @JsonProperty("_links") Links links) {

    public record Links(Link self, Link status, Link besluiten) {
    }

    public record Lijst(List<RegistratieDto> resultaten) {
    }

    static RegistratieDto van(RegistratieBeeld r) {
        String self = RegistratieResource.PAD + "/" + r.registratienummer();
        return new RegistratieDto(r.registratienummer(), r.gemeenteCode(), r.status(), r.geldigVanaf(), r.geldigTot(),
                r.leeftijdsband(), r.intakedatum(), r.werknaam(), r.herhaalgesprekOp(), r.gemeentePseudoniem(),
                new Links(new Link(self), new Link(self + "/status"), new Link(self + "/besluiten")));
    }
}
