package nl.sekswerkregister.gemeente.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.gemeente.service.GemeenteService.GemeenteBeeld;

public record GemeenteDto(String gemeenteCode, String naam, String provincie, String veiligheidsregio,
                          String riecRegio, String politieEenheid, List<String> buurgemeenten, @JsonProperty("_links") Links links) {

    public record Links(Link self) {
    }

    static GemeenteDto van(GemeenteBeeld g) {
        return new GemeenteDto(g.code(), g.naam(), g.provincie(), g.veiligheidsregio(), g.riecRegio(), g.politieEenheid(),
                g.buren(),
                new Links(new Link("/api/v1/gemeenten/" + g.code())));
    }
}
