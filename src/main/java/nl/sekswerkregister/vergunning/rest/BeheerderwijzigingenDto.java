package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;

/** All requests to change one licence's managers, oldest first; few enough never to need paging. */
public record BeheerderwijzigingenDto(List<BeheerderwijzigingDto> resultaten, @JsonProperty("_links") Links links) {

    public record Links(Link self, Link vergunning) {
    }
}
