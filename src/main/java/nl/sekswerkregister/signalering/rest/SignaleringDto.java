package nl.sekswerkregister.signalering.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.signalering.domain.Signaleringsbron;
import nl.sekswerkregister.signalering.domain.Signaleringsoort;
import nl.sekswerkregister.signalering.domain.Signaleringsuitkomst;
import nl.sekswerkregister.signalering.service.SignaleringBeeld;

/**
 * A signal. {@code zelfdeTelefoon} and {@code controles} are in the answer for one signal, not in a
 * list. The phone number itself is never in any answer: only {@code telefoonkenmerk}.
 */
public record SignaleringDto(UUID signaleringId, String gemeenteCode, Signaleringsoort soort, Status status,
                             UUID vestigingId, AdresDto adres, Advertentie advertentie, String telefoonkenmerk,
                             Signaleringsbron bron, LocalDate datum, Locatie locatie, Vastlegging vastgelegd,
                             Afsluiting afsluiting, List<UUID> zelfdeTelefoon, List<Controle> controles,
                             @JsonProperty("_links") Links links) {

    public enum Status { OPEN, AFGESLOTEN }

    public record Advertentie(String platform, String referentie) {
    }

    public record Locatie(BigDecimal breedtegraad, BigDecimal lengtegraad) {
    }

    /**
     * With which roles and when it was recorded. Who (the token's subject) is kept for accountability
     * inside the organisation but not shown, as for decisions, inspections and sanctions.
     */
    public record Vastlegging(Instant op, String rol) {
    }

    public record Afsluiting(Signaleringsuitkomst uitkomst, LocalDate datum, String toelichting, Vastlegging vastgelegd) {
    }

    public record Controle(UUID controleId, LocalDate datum, String soort, @JsonProperty("_links") ControleLinks links) {
    }

    public record ControleLinks(Link self) {
    }

    public record Links(Link self, Link gemeente, Link vestiging, Link afsluiting) {
    }

    static SignaleringDto van(SignaleringBeeld s) {
        String zelf = SignaleringResource.PAD + "/" + s.id();
        var a = s.afsluiting();
        return new SignaleringDto(s.id(), s.gemeenteCode(), s.soort(), a == null ? Status.OPEN : Status.AFGESLOTEN,
                s.vestigingId(), AdresDto.van(s.adres()),
                s.platform() == null ? null : new Advertentie(s.platform(), s.advertentiereferentie()),
                s.telefoonkenmerk(), s.bron(), s.datum(),
                s.breedtegraad() == null ? null : new Locatie(s.breedtegraad(), s.lengtegraad()),
                new Vastlegging(s.vastgelegdOp(), s.vastgelegdRol()),
                a == null ? null : new Afsluiting(a.uitkomst(), a.datum(), a.toelichting(),
                        new Vastlegging(a.vastgelegdOp(), a.vastgelegdRol())),
                s.zelfdeTelefoon(),
                s.controles() == null ? null : s.controles().stream().map(c -> new Controle(c.id(), c.datum(), c.soort(),
                        new ControleLinks(new Link("/api/v1/controles/" + c.id())))).toList(),
                new Links(new Link(zelf), new Link("/api/v1/gemeenten/" + s.gemeenteCode()),
                        s.vestigingId() == null ? null : new Link("/api/v1/vestigingen/" + s.vestigingId()),
                        new Link(zelf + "/afsluiting")));
    }
}
