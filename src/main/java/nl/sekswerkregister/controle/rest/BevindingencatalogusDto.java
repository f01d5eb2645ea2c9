package nl.sekswerkregister.controle.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Catalogusregel;
import nl.sekswerkregister.controle.domain.Grondslag;
import nl.sekswerkregister.controle.domain.Vergunningstand;
import nl.sekswerkregister.controle.service.BevindingencatalogusBeeld;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Vindplaats;

/** The findings that apply at premises on a day, each with its labels and what it rests on. */
public record BevindingencatalogusDto(UUID vestigingId, LocalDate datum, Regelset regelset, Vergunning vergunning,
                                      List<Bevinding> bevindingen, @JsonProperty("_links") Links links) {

    public record Regelset(String gemeenteCode, int versie, String bron, @JsonProperty("_links") RegelsetLinks links) {
    }

    public record RegelsetLinks(Link self) {
    }

    /** The licence of the premises that day; {@code inWerking} false when it was suspended or revoked then. */
    public record Vergunning(String vergunningnummer, Bedrijfstype bedrijfstype, boolean inWerking) {
    }

    public record Bevinding(Bevindingcode code, ControleDto.Omschrijving omschrijving, boolean opTeGeven,
                            List<GrondslagDto> grondslagen) {
    }

    public record GrondslagDto(Grondslag.Soort soort, String regelpad, String waarde, Vindplaats vindplaats,
                               String vergunningnummer, Integer voorschrift, String tekst) {
    }

    public record Links(Link self, Link vestiging, Link controles) {
    }

    static BevindingencatalogusDto van(BevindingencatalogusBeeld c) {
        String vestiging = "/api/v1/vestigingen/" + c.vestigingId();
        return new BevindingencatalogusDto(c.vestigingId(), c.datum(),
                c.regelset() == null ? null : new Regelset(c.gemeenteCode(), c.regelset().versie(), c.regelset().bron(),
                        new RegelsetLinks(new Link("/api/v1/gemeenten/" + c.gemeenteCode() + "/regelsets/" + c.regelset().versie()))),
                vergunning(c.vergunning()), c.bevindingen().stream().map(BevindingencatalogusDto::bevinding).toList(),
                new Links(new Link(vestiging + "/bevindingencatalogus?datum=" + c.datum()), new Link(vestiging),
                        new Link(ControleResource.PAD + "?vestigingId=" + c.vestigingId())));
    }

    private static Vergunning vergunning(Vergunningstand v) {
        return v == null ? null : new Vergunning(v.vergunningnummer(), v.bedrijfstype(), v.inWerking());
    }

    private static Bevinding bevinding(Catalogusregel r) {
        return new Bevinding(r.code(), ControleDto.Omschrijving.van(r.code()), r.code().isOpTeGeven(),
                r.grondslagen().stream().map(g -> new GrondslagDto(g.soort(), g.regelpad(), g.waarde(), g.vindplaats(),
                        g.vergunningnummer(), g.voorschrift(), g.tekst())).toList());
    }
}
