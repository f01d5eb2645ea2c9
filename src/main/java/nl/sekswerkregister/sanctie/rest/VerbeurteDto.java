package nl.sekswerkregister.sanctie.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.sanctie.service.VerbeurteBeeld;

/** A recorded forfeiture, with the total forfeited of the penalty and its maximum. */
public record VerbeurteDto(UUID verbeurteId, UUID sanctieId, LocalDate datum, BigDecimal bedrag, UUID controleId,
                           Instant vastgelegdOp, String vastgelegdDoorRol, BigDecimal totaalVerbeurd,
                           BigDecimal maximumbedrag, @JsonProperty("_links") Links links) {

    public record Links(Link sanctie) {
    }

    static VerbeurteDto van(VerbeurteBeeld v) {
        return new VerbeurteDto(v.id(), v.sanctieId(), v.datum(), v.bedrag(), v.controleId(), v.vastgelegdOp(),
                v.vastgelegdRol(), v.totaalVerbeurd(), v.maximumbedrag(),
                new Links(new Link(SanctieResource.PAD + "/" + v.sanctieId())));
    }
}
