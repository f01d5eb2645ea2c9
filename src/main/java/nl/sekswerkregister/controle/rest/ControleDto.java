package nl.sekswerkregister.controle.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Controlesoort;
import nl.sekswerkregister.controle.service.ControleBeeld;

/** An inspection with its findings. No registration number, name or other identity: none is kept. */
public record ControleDto(UUID controleId, String gemeenteCode, UUID vestigingId, String vergunningnummer,
                          String getoondVergunningnummer, LocalDate datum, Controlesoort soort, String organisatie,
                          String opmerkingen, Integer regelsetVersie, Vastgelegd vastgelegd, List<Bevinding> bevindingen,
                          @JsonProperty("_links") Links links) {

    /** Who recorded it, by role and municipality, and when; the officer's own identity stays in the service. */
    public record Vastgelegd(Instant op, String rol, String gemeenteCode) {
    }

    public record Bevinding(UUID bevindingId, int volgnummer, Bevindingcode code, Omschrijving omschrijving,
                            String toelichting, Integer voorschrift) {
    }

    public record Omschrijving(String nl, String en) {
        static Omschrijving van(Bevindingcode code) {
            return new Omschrijving(code.nl(), code.en());
        }
    }

    public record Links(Link self, Link vestiging, Link vergunning, Link bevindingencatalogus, Link regelset) {
    }

    static ControleDto van(ControleBeeld c) {
        String vestiging = "/api/v1/vestigingen/" + c.vestigingId();
        return new ControleDto(c.id(), c.gemeenteCode(), c.vestigingId(), c.vergunningnummer(), c.getoondVergunningnummer(),
                c.datum(), c.soort(), c.organisatie(), c.opmerkingen(), c.regelsetVersie(),
                new Vastgelegd(c.vastgelegdOp(), c.vastgelegdRol(), c.gemeenteCode()),
                c.bevindingen().stream().map(b -> new Bevinding(b.id(), b.volgnummer(), b.code(), Omschrijving.van(b.code()),
                        b.toelichting(), b.voorschrift())).toList(),
                new Links(new Link(ControleResource.PAD + "/" + c.id()), new Link(vestiging),
                        c.vergunningnummer() == null ? null : new Link("/api/v1/vergunningen/" + c.vergunningnummer()),
                        new Link(vestiging + "/bevindingencatalogus?datum=" + c.datum()),
                        c.regelsetVersie() == null ? null
                                : new Link("/api/v1/gemeenten/" + c.gemeenteCode() + "/regelsets/" + c.regelsetVersie())));
    }
}
