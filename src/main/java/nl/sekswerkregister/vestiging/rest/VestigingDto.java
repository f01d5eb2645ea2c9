package nl.sekswerkregister.vestiging.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;
import nl.sekswerkregister.vestiging.service.VestigingBeeld;

/** Premises with the licences at them. The address is flat, as the BAG's own nummeraanduiding is. */
public record VestigingDto(UUID vestigingId, String gemeenteCode, String postcode, Integer huisnummer, String huisletter,
                           String huisnummertoevoeging, String straatnaam, String woonplaats,
                           String nummeraanduidingIdentificatie, boolean woning, Instant aangemaaktOp, List<Vergunning> vergunningen,
                           Sluiting sluiting, @JsonProperty("_links") Links links) {

    /** A closure in force today, with the sanction that imposed it. */
    public record Sluiting(LocalDate ingangsdatum, LocalDate einddatum, @JsonProperty("_links") SluitingLinks links) {
    }

    public record SluitingLinks(Link sanctie) {
    }

    public record Vergunning(String vergunningnummer, Bedrijfstype bedrijfstype, Controlestatus status,
                             LocalDate geldigTot, @JsonProperty("_links") VergunningLinks links) {
    }

    public record VergunningLinks(Link vergunning, Link status) {
    }

    public record Links(Link self, Link gemeente, Link controles, Link bevindingencatalogus) {
    }

    static VestigingDto van(VestigingBeeld v) {
        var a = v.adres();
        return new VestigingDto(v.id(), v.gemeenteCode(), a.postcode(), a.huisnummer(), a.huisletter(),
                a.huisnummertoevoeging(), a.straatnaam(), a.woonplaats(), v.nummeraanduidingIdentificatie(), v.woning(),
                v.aangemaaktOp(), v.vergunningen().stream().map(VestigingDto::van).toList(),
                v.sluiting() == null ? null : new Sluiting(v.sluiting().ingangsdatum(), v.sluiting().einddatum(),
                        new SluitingLinks(new Link("/api/v1/sancties/" + v.sluiting().sanctieId()))),
                new Links(new Link(VestigingResource.PAD + "/" + v.id()), new Link("/api/v1/gemeenten/" + v.gemeenteCode()),
                        new Link("/api/v1/controles?vestigingId=" + v.id()),
                        new Link(VestigingResource.PAD + "/" + v.id() + "/bevindingencatalogus")));
    }

    private static Vergunning van(VestigingBeeld.Vergunning v) {
        String pad = "/api/v1/vergunningen/" + v.vergunningnummer();
        return new Vergunning(v.vergunningnummer(), v.bedrijfstype(), v.status(), v.geldigTot(),
                new VergunningLinks(new Link(pad), new Link(pad + "/status")));
    }
}
