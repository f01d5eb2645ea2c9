package nl.sekswerkregister.regelset.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.paginering.Link;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.service.KaderBeeld;

public record LandelijkKaderDto(String code, int versie, String naam, String bron, Regels regels,
                                Instant vastgesteldOp, LocalDate inWerkingVanaf, LocalDate inWerkingTot,
                                Kadersoort soort, Map<String, Kaderregeling> regeling,
                                @JsonProperty("_links") Links links) {

    public record Links(Link self) {
    }

    public record Lijst(List<LandelijkKaderDto> resultaten, @JsonProperty("_links") Links links) {
    }

    static LandelijkKaderDto van(KaderBeeld k) {
        return new LandelijkKaderDto(k.code(), k.versie(), k.naam(), k.bron(), k.regels(), k.vastgesteldOp(),
                k.inWerkingVanaf(), k.inWerkingTot(), k.soort(), k.regeling(),
                new Links(new Link(LandelijkKaderResource.PAD + "/" + k.code() + "?versie=" + k.versie())));
    }
}
