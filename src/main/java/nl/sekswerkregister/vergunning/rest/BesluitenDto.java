package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;

/** The full decision history of one licence, oldest first; short enough never to need paging. */
public record BesluitenDto(List<BesluitDto> resultaten, @JsonProperty("_links") Links links) {

    public record Links(Link self, Link vergunning) {
    }
}
