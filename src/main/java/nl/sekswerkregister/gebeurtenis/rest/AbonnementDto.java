package nl.sekswerkregister.gebeurtenis.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.AbonnementBeeld;

/** A subscription; {@code geheim} only in the answer to POST (left out, not null, everywhere else). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AbonnementDto(UUID abonnementId, String callbackUrl, List<String> typen, String gemeenteCode,
                            Instant aangemaaktOp, String geheim, @JsonProperty("_links") Links links) {

    public record Links(Link self) {
    }

    static AbonnementDto van(AbonnementBeeld a) {
        return new AbonnementDto(a.id(), a.callbackUrl(), a.typen().stream().map(Gebeurtenistype::type).toList(),
                a.gemeenteCode(), a.aangemaaktOp(), a.geheim(), new Links(new Link(AbonnementResource.PAD + "/" + a.id())));
    }
}
