package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.vergunning.domain.Historiesoort;
import nl.sekswerkregister.vergunning.service.BestuurlijkeHistorieBeeld;

/**
 * The national history as the wire shows it. No link to anything of another municipality: an entry
 * names a municipality, a date and a kind, and nothing to fetch.
 */
public record BestuurlijkeHistorieDto(String vergunningnummer, Exploitant exploitant, List<Beheerder> beheerders,
                                      @JsonProperty("_links") Links links) {

    public record Exploitant(UUID exploitantId, String kvkNummer, List<Vermelding> vermeldingen) {
    }

    public record Beheerder(String pseudoniem, boolean landelijkBekend, List<Vermelding> vermeldingen) {
    }

    public record Vermelding(String gemeenteCode, String gemeentenaam, LocalDate datum, Historiesoort soort) {
    }

    public record Links(Link self, Link vergunning, Link exploitant) {
    }

    static BestuurlijkeHistorieDto van(BestuurlijkeHistorieBeeld h) {
        String vergunning = VergunningResource.PAD + "/" + h.vergunningnummer();
        return new BestuurlijkeHistorieDto(h.vergunningnummer(),
                new Exploitant(h.exploitantId(), h.kvkNummer(), vermeldingen(h.exploitant())),
                h.beheerders().stream().map(b -> new Beheerder(b.pseudoniem(), b.landelijkBekend(),
                        vermeldingen(b.vermeldingen()))).toList(),
                new Links(new Link(vergunning + "/bestuurlijke-historie"), new Link(vergunning),
                        new Link("/api/v1/exploitanten/" + h.exploitantId())));
    }

    private static List<Vermelding> vermeldingen(List<BestuurlijkeHistorieBeeld.Vermelding> vermeldingen) {
        return vermeldingen.stream().map(v -> new Vermelding(v.gemeenteCode(), v.gemeentenaam(), v.datum(), v.soort()))
                .toList();
    }
}
