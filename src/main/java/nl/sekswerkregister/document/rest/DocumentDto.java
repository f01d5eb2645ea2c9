package nl.sekswerkregister.document.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.document.domain.Documentsoort;
import nl.sekswerkregister.document.service.DocumentBeeld;

/** A document's metadata as the API shows it: never a filename (it can be a person's name). */
public record DocumentDto(UUID documentId, String vergunningnummer, Documentsoort soort, String vertrouwelijkheid,
                          String contentType, long grootte, String sha256, Instant ontvangenOp, String ontvangenDoorRol,
                          @JsonProperty("_links") Links links) {

    public record Links(Link self, Link inhoud, Link vergunning) {
    }

    static DocumentDto van(DocumentBeeld d) {
        String vergunning = DocumentResource.PAD + "/" + d.vergunningnummer();
        String self = vergunning + "/documenten/" + d.id();
        return new DocumentDto(d.id(), d.vergunningnummer(), d.soort(), d.vertrouwelijkheid().code(),
                d.bestandssoort().mediatype(), d.grootte(), HexFormat.of().formatHex(d.sha256()), d.ontvangenOp(),
                d.ontvangenRol(), new Links(new Link(self), new Link(self + "/inhoud"), new Link(vergunning)));
    }
}
