package nl.sekswerkregister.mensenhandel.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.mensenhandel.domain.Indicator;
import nl.sekswerkregister.mensenhandel.service.SignaalBeeld;

/** A signal with its hand-over: to which RIEC region and police unit it went, and when. */
public record SignaalDto(UUID id, String gemeenteCode, UUID vestigingId, AdresDto vestigingsadres, LocalDate datum,
                         List<Indicator> indicatoren, String organisatie,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String toelichting,
                         @JsonInclude(JsonInclude.Include.NON_NULL) UUID vervangt, List<Overdracht> overdrachten,
                         @JsonProperty("_links") Links links) {

    /** One recipient: {@code RIEC} with its region, or {@code POLITIE} with its unit. */
    public record Overdracht(String ontvanger, String regio, Instant overgedragenOp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(Link self, Link vervangt) {
    }

    static SignaalDto van(SignaalBeeld s) {
        return new SignaalDto(s.id(), s.gemeenteCode(), s.vestigingId(), AdresDto.van(s.adres()), s.datum(),
                s.indicatoren(), s.organisatie(), s.toelichting(), s.vervangt(),
                List.of(new Overdracht("RIEC", s.riecRegio(), s.overgedragenOp()),
                        new Overdracht("POLITIE", s.politieEenheid(), s.overgedragenOp())),
                new Links(new Link(SignaalResource.PAD + "/" + s.id()),
                        s.vervangt() == null ? null : new Link(SignaalResource.PAD + "/" + s.vervangt())));
    }
}
