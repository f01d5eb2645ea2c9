package nl.sekswerkregister.gemeente.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.gemeente.service.GemeenteService.GemeenteMetBuren;

public record GemeenteDto(String gemeenteCode, String naam, String provincie, String veiligheidsregio,
                          String riecRegio, List<String> buurgemeenten, @JsonProperty("_links") Links links) {

    public record Links(Link self) {
    }

    static GemeenteDto van(GemeenteMetBuren g) {
        var gemeente = g.gemeente();
        return new GemeenteDto(gemeente.code(), gemeente.naam(), gemeente.provincie(), gemeente.veiligheidsregio(),
                gemeente.riecRegio(), g.buren(), new Links(new Link("/api/v1/gemeenten/" + gemeente.code())));
    }
}
