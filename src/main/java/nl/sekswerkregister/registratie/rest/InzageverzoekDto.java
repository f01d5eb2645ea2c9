package nl.sekswerkregister.registratie.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.registratie.domain.InzageverzoekStatus;
import nl.sekswerkregister.registratie.service.InzageverzoekBeeld;

/**
 * An access request filed at the desk. The requester is always the data subject ({@code verzoeker}:
 * {@code BETROKKENE}); the officer who filed it is the intermediary. {@code verwerkingen} is the
 * municipality's own part of the report, present only for its officers once approved.
 */
public record InzageverzoekDto(UUID id, String gemeenteCode, InzageverzoekStatus status, String verzoeker,
                               String tussenpersoon, Instant ingediendOp, String goedgekeurdDoor,
                               Instant goedgekeurdOp, List<InzageregelDto> verwerkingen,
                               @JsonProperty("_links") Links links) {

    /** The data subject is the one who asks (GDPR art. 15); the desk only carries the request. */
    static final String BETROKKENE = "BETROKKENE";

    public record Links(Link self, Link goedkeuring) {
    }

    static InzageverzoekDto van(InzageverzoekBeeld b) {
        String self = InzageverzoekResource.PAD + "/" + b.id();
        return new InzageverzoekDto(b.id(), b.gemeenteCode(), b.status(), BETROKKENE, b.tussenpersoon(),
                b.ingediendOp(), b.goedgekeurdDoor(), b.goedgekeurdOp(),
                b.verwerkingen() == null ? null : b.verwerkingen().stream().map(InzageregelDto::van).toList(),
                new Links(new Link(self), b.status() == InzageverzoekStatus.WACHT_OP_GOEDKEURING
                        ? new Link(self + "/goedkeuring") : null));
    }
}
