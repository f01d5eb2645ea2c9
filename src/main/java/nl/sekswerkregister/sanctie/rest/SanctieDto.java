package nl.sekswerkregister.sanctie.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.sanctie.domain.Bedragperiode;
import nl.sekswerkregister.sanctie.domain.Grondslagsoort;
import nl.sekswerkregister.sanctie.domain.Sanctiesoort;
import nl.sekswerkregister.sanctie.service.SanctieBeeld;

/** A sanction as the API shows it; fields that do not apply to its kind are left out. */
public record SanctieDto(UUID sanctieId, String gemeenteCode, Sanctiesoort soort, Geadresseerde geadresseerde,
                         UUID vestigingId, String vergunningnummer, String motivering, List<Grondslag> grondslagen,
                         List<UUID> controles, List<UUID> bevindingen, LocalDate bekendgemaaktOp, LocalDate bezwaarTot,
                         BigDecimal bedrag, Bedragperiode bedragPer, BigDecimal maximumbedrag,
                         LocalDate begunstigingstermijnTot, String maatregel, LocalDate ingangsdatum, LocalDate einddatum,
                         UUID opheffingVan, Opheffing opgeheven, List<Verbeurte> verbeurten, BigDecimal totaalVerbeurd,
                         Instant genomenOp, String genomenDoorRol, @JsonProperty("_links") Links links) {

    /** Who the decision is addressed to: the licence's operator, or the premises' user without a name. */
    public record Geadresseerde(String soort, UUID exploitantId, String kvkNummer, String omschrijving) {
    }

    public record Grondslag(Grondslagsoort soort, String verwijzing) {
    }

    public record Opheffing(UUID sanctieId, LocalDate ingangsdatum, @JsonProperty("_links") SelfLinks links) {
    }

    public record Verbeurte(UUID verbeurteId, LocalDate datum, BigDecimal bedrag, UUID controleId, Instant vastgelegdOp,
                            String vastgelegdDoorRol) {
    }

    public record SelfLinks(Link self) {
    }

    public record Links(Link self, Link vestiging, Link vergunning, Link besluit, Link opheffingVan, Link gemeente) {
    }

    static final String GEBRUIKER = "de gebruiker van de vestiging";

    static SanctieDto van(SanctieBeeld s) {
        Geadresseerde aan = s.exploitantId() != null
                ? new Geadresseerde("EXPLOITANT", s.exploitantId(), s.kvkNummer(), "de exploitant van vergunning "
                        + s.vergunningnummer())
                : new Geadresseerde("GEBRUIKER_VESTIGING", null, null, GEBRUIKER);
        String vergunning = s.vergunningnummer() == null ? null : "/api/v1/vergunningen/" + s.vergunningnummer();
        return new SanctieDto(s.id(), s.gemeenteCode(), s.soort(), aan, s.vestigingId(), s.vergunningnummer(),
                s.motivering(), s.grondslagen().stream().map(g -> new Grondslag(g.soort(), g.verwijzing())).toList(),
                s.controles(), s.bevindingen(), s.bekendgemaaktOp(), s.bezwaarTot(), s.bedrag(), s.bedragPer(),
                s.maximumbedrag(), s.begunstigingstermijnTot(), s.maatregel(), s.ingangsdatum(), s.einddatum(),
                s.opheffingVan(), s.opgeheven() == null ? null : new Opheffing(s.opgeheven().sanctieId(),
                        s.opgeheven().ingangsdatum(), new SelfLinks(new Link(SanctieResource.PAD + "/" + s.opgeheven().sanctieId()))),
                s.totaalVerbeurd() == null ? null : s.verbeurten().stream().map(v -> new Verbeurte(v.id(), v.datum(),
                        v.bedrag(), v.controleId(), v.vastgelegdOp(), v.vastgelegdRol())).toList(),
                s.totaalVerbeurd(), s.genomenOp(), s.genomenRol(),
                new Links(new Link(SanctieResource.PAD + "/" + s.id()), new Link("/api/v1/vestigingen/" + s.vestigingId()),
                        vergunning == null ? null : new Link(vergunning),
                        s.besluitId() == null ? null : new Link(vergunning + "/besluiten/" + s.besluitId()),
                        s.opheffingVan() == null ? null : new Link(SanctieResource.PAD + "/" + s.opheffingVan()),
                        new Link("/api/v1/gemeenten/" + s.gemeenteCode())));
    }
}
