package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vergunning.service.VergunningBeeld;

public record VergunningDto(String vergunningnummer, String gemeenteCode, UUID exploitantId, Bedrijfstype bedrijfstype,
                            AdresDto vestigingsadres, Boolean vestigingIsWoning, List<Beheerder> beheerders, List<String> voorschriften,
                            VergunningStatus status, LocalDate geldigVanaf, LocalDate geldigTot, Instant aangevraagdOp,
                            String overnameVan, @JsonProperty("_links") Links links) {

    public record Links(Link self, Link besluiten, Link status, Link exploitant, Link gemeente, Link vestiging,
                        Link beheerderwijzigingen, Link overnameVan) {
    }

    /** A manager as the API shows them: this municipality's pseudonym only. */
    public record Beheerder(String pseudoniem) {
    }

    static VergunningDto van(VergunningBeeld v) {
        String self = VergunningResource.PAD + "/" + v.vergunningnummer();
        return new VergunningDto(v.vergunningnummer(), v.gemeenteCode(), v.exploitantId(), v.bedrijfstype(),
                AdresDto.van(v.vestigingsadres()), v.vestigingId() == null ? null : v.vestigingIsWoning(),
                v.beheerders().stream().map(Beheerder::new).toList(),
                v.voorschriften(), v.status(), v.geldigVanaf(), v.geldigTot(), v.aangevraagdOp(),
                v.overnameVan(),
                new Links(new Link(self), new Link(self + "/besluiten"), new Link(self + "/status"),
                        new Link("/api/v1/exploitanten/" + v.exploitantId()),
                        new Link("/api/v1/gemeenten/" + v.gemeenteCode()),
                        v.vestigingId() == null ? null : new Link("/api/v1/vestigingen/" + v.vestigingId()),
                        new Link(self + "/beheerderwijzigingen"),
                        v.overnameVan() == null ? null : new Link(VergunningResource.PAD + "/" + v.overnameVan())));
    }
}
