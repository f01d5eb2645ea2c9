package nl.sekswerkregister.regelset.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.regelset.domain.Herkomst;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Vertrouwen;
import nl.sekswerkregister.regelset.domain.RegelsetStatus;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;

public record RegelsetDto(String gemeenteCode, int versie, RegelsetStatus status, LocalDate geldigVanaf,
                          LocalDate geldigTot, String bron, Regels regels, Instant aangemaaktOp,
                          Instant gepubliceerdOp, Herkomst herkomst, Vertrouwen vertrouwen, List<String> bronnen,
                          @JsonProperty("_links") Links links) {

    public record Links(Link self, Link gemeente, Link publicatie) {
    }

    /** All versions of one municipality, oldest first. */
    public record Lijst(List<RegelsetDto> resultaten, @JsonProperty("_links") LijstLinks links) {
    }

    public record LijstLinks(Link self, Link gemeente) {
    }

    static String pad(String gemeenteCode) {
        return "/api/v1/gemeenten/" + gemeenteCode + "/regelsets";
    }

    public static RegelsetDto van(RegelsetBeeld r) {
        String self = pad(r.gemeenteCode()) + "/" + r.versie();
        return new RegelsetDto(r.gemeenteCode(), r.versie(), r.status(), r.geldigVanaf(), r.geldigTot(), r.bron(),
                r.regels(), r.aangemaaktOp(), r.gepubliceerdOp(), r.herkomst(), r.vertrouwen(), r.bronnen(),
                new Links(new Link(self),
                new Link("/api/v1/gemeenten/" + r.gemeenteCode()),
                r.status() == RegelsetStatus.CONCEPT ? new Link(self + "/publicatie") : null));
    }
}
