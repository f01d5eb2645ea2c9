package nl.sekswerkregister.aanvraag.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;

/** The Bibob investigations of one application, oldest first; few enough never to need paging. */
public record BibobOnderzoekenDto(List<BibobOnderzoekDto> resultaten, @JsonProperty("_links") Links links) {

    public record Links(Link self, Link aanvraag) {
    }
}
