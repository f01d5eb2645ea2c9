package nl.sekswerkregister.aanvraag.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.aanvraag.domain.Gevaarsmate;
import nl.sekswerkregister.aanvraag.service.BibobBeeld;
import nl.sekswerkregister.common.paginering.Link;

/** A Bibob investigation: its existence, dates and the advice's degree of danger, never the advice. */
public record BibobOnderzoekDto(UUID id, LocalDate gestartOp, LocalDate adviesGevraagdOp, LocalDate adviesOntvangenOp,
                                Gevaarsmate mateVanGevaar, UUID gebruiktInBesluit,
                                @JsonProperty("_links") Links links) {

    public record Links(Link self, Link aanvraag, Link besluit) {
    }

    static BibobOnderzoekDto van(BibobBeeld b) {
        String vergunning = AanvraagResource.PAD + "/" + b.vergunningnummer();
        return new BibobOnderzoekDto(b.id(), b.gestartOp(), b.adviesGevraagdOp(), b.adviesOntvangenOp(),
                b.mateVanGevaar(), b.besluitId(), new Links(new Link(vergunning + "/aanvraag/bibob-onderzoeken/" + b.id()),
                new Link(vergunning + "/aanvraag"),
                b.besluitId() == null ? null : new Link(vergunning + "/besluiten/" + b.besluitId())));
    }
}
