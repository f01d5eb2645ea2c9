package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.vergunning.service.BesluitBeeld;
import nl.sekswerkregister.vergunning.domain.Besluitgrond;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;

public record BesluitDto(UUID id, Besluittype besluittype, String motivering, LocalDate ingangsdatum,
                         LocalDate geldigTot, VergunningStatus statusVoor, VergunningStatus statusNa,
                         Instant genomenOp, Besluitgrond grond, @JsonProperty("_links") Links links) {

    public record Links(Link self, Link vergunning) {
    }

    static BesluitDto van(String vergunningnummer, BesluitBeeld b) {
        String vergunning = VergunningResource.PAD + "/" + vergunningnummer;
        return new BesluitDto(b.id(), b.besluittype(), b.motivering(), b.ingangsdatum(), b.geldigTot(),
                b.statusVoor(), b.statusNa(), b.genomenOp(), b.grond(),
                new Links(new Link(vergunning + "/besluiten/" + b.id()), new Link(vergunning)));
    }
}
