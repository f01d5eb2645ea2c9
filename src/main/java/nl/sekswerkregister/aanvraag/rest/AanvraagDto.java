package nl.sekswerkregister.aanvraag.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.GevolgNietTijdig;
import nl.sekswerkregister.aanvraag.domain.OntbrekendStukSoort;
import nl.sekswerkregister.aanvraag.domain.Termijnbron;
import nl.sekswerkregister.aanvraag.service.AanvraagBeeld;
import nl.sekswerkregister.common.paginering.Link;

/** GET /vergunningen/{vergunningnummer}/aanvraag: the case of the application. */
public record AanvraagDto(String vergunningnummer, String gemeenteCode, LocalDate ontvangenOp, Aanvraagstatus status,
                          Ontvankelijkheid ontvankelijkheid, Beslistermijn beslistermijn, Besluit besluit,
                          @JsonProperty("_links") Links links) {

    public record Ontvankelijkheid(boolean volledig, List<Onvolledigheid> onvolledigheden) {
    }

    public record Onvolledigheid(UUID id, LocalDate verzochtOp, LocalDate hersteltermijnTot, LocalDate aangevuldOp,
                                 long dagenOpgeschort, List<Stuk> ontbrekendeStukken) {
    }

    public record Stuk(OntbrekendStukSoort soort, String toelichting) {
    }

    public record Beslistermijn(int weken, Termijnbron bron, Integer regelsetVersie, long dagenOpgeschort,
                                boolean opgeschort, Verdaging verdaging, LocalDate uiterlijkeBeslisdatum,
                                boolean verstreken, GevolgNietTijdig gevolgBijNietTijdigBeslissen) {
    }

    public record Verdaging(int weken, LocalDate verdaagdOp, String motivering) {
    }

    public record Besluit(UUID besluitId, LocalDate beslotenOp, boolean tijdig) {
    }

    public record Links(Link self, Link vergunning, Link historie, Link bibobOnderzoeken, Link besluit) {
    }

    static AanvraagDto van(AanvraagBeeld a) {
        String vergunning = AanvraagResource.PAD + "/" + a.vergunningnummer();
        String zaak = vergunning + "/aanvraag";
        boolean volledig = a.onvolledigheden().stream().allMatch(o -> o.aangevuldOp() != null);
        return new AanvraagDto(a.vergunningnummer(), a.gemeenteCode(), a.ontvangenOp(), a.status(),
                new Ontvankelijkheid(volledig, a.onvolledigheden().stream().map(o -> new Onvolledigheid(o.id(),
                        o.verzochtOp(), o.hersteltermijnTot(), o.aangevuldOp(), o.dagenOpgeschort(),
                        o.ontbrekendeStukken().stream().map(s -> new Stuk(s.soort(), s.toelichting())).toList())).toList()),
                new Beslistermijn(a.beslistermijnWeken(), a.bron(), a.regelsetVersie(), a.termijn().dagenOpgeschort(),
                        a.opgeschort(), a.verdagingWeken() == null ? null
                        : new Verdaging(a.verdagingWeken(), a.verdaagdOp(), a.verdagingMotivering()),
                        a.termijn().uiterlijk(), a.termijnVerstreken(), a.gevolg()),
                a.besluitId() == null ? null : new Besluit(a.besluitId(), a.beslotenOp(), Boolean.TRUE.equals(a.tijdigBesloten())),
                new Links(new Link(zaak), new Link(vergunning), new Link(zaak + "/historie"),
                        new Link(zaak + "/bibob-onderzoeken"),
                        a.besluitId() == null ? null : new Link(vergunning + "/besluiten/" + a.besluitId())));
    }
}
