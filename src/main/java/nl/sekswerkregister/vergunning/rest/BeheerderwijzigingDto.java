package nl.sekswerkregister.vergunning.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Gedragstoets;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Uitkomst;
import nl.sekswerkregister.vergunning.domain.Beheerderwijzigingstatus;
import nl.sekswerkregister.vergunning.service.BeheerderwijzigingBeeld;

public record BeheerderwijzigingDto(UUID id, String vergunningnummer, List<VergunningDto.Beheerder> toevoegen,
                                    List<VergunningDto.Beheerder> verwijderen, Beheerderwijzigingstatus status,
                                    Instant aangevraagdOp, BesluitDto besluit, @JsonProperty("_links") Links links) {

    /** The decision on the change, once taken. */
    public record BesluitDto(Uitkomst uitkomst, String motivering, ToetsDto toets, Instant genomenOp) {
    }

    public record ToetsDto(Gedragstoets soort, LocalDate uitgevoerdOp) {
    }

    public record Links(Link self, Link vergunning, Link besluit) {
    }

    static BeheerderwijzigingDto van(BeheerderwijzigingBeeld w) {
        String vergunning = VergunningResource.PAD + "/" + w.vergunningnummer();
        String self = vergunning + "/beheerderwijzigingen/" + w.id();
        return new BeheerderwijzigingDto(w.id(), w.vergunningnummer(),
                w.toevoegen().stream().map(VergunningDto.Beheerder::new).toList(),
                w.verwijderen().stream().map(VergunningDto.Beheerder::new).toList(), w.status(), w.aangevraagdOp(),
                w.uitkomst() == null ? null : new BesluitDto(w.uitkomst(), w.motivering(),
                        new ToetsDto(w.toetsSoort(), w.toetsUitgevoerdOp()), w.genomenOp()),
                new Links(new Link(self), new Link(vergunning), new Link(self + "/besluit")));
    }
}
