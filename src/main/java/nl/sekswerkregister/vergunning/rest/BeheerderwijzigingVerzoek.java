package nl.sekswerkregister.vergunning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.sekswerkregister.privacy.IdentificatieDto;
import nl.sekswerkregister.vergunning.service.BeheerderwijzigingGegevens;

/**
 * Body of POST /vergunningen/{nummer}/beheerderwijzigingen: new managers by identifier, managers to remove
 * by the pseudonym the licence shows. The identifiers are turned into pseudonyms and never kept.
 */
public record BeheerderwijzigingVerzoek(
        @Size(max = 20) List<@NotNull @Valid Toevoeging> toevoegen,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9a-f]{64}",
                message = "moet een pseudoniem van een beheerder van deze vergunning zijn") String> verwijderen) {

    /** A new manager: only the identifier, as on an application. */
    public record Toevoeging(@NotNull @Valid IdentificatieDto identificatie) {
        @Override
        public String toString() {
            return "Toevoeging[***]";
        }
    }

    BeheerderwijzigingGegevens alsGegevens() {
        return new BeheerderwijzigingGegevens(
                toevoegen == null ? List.of() : toevoegen.stream().map(t -> t.identificatie().alsIdentificatie()).toList(),
                verwijderen == null ? List.of() : verwijderen);
    }

    @Override
    public String toString() {
        return "BeheerderwijzigingVerzoek[***]";
    }
}
