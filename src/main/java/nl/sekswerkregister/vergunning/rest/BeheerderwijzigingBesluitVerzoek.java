package nl.sekswerkregister.vergunning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Gedragstoets;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Uitkomst;
import nl.sekswerkregister.vergunning.service.BeheerderwijzigingBesluitGegevens;

/**
 * Body of POST .../beheerderwijzigingen/{id}/besluit: the mayor's decision (in mandate) with the motivation
 * (Awb art. 3:46) and the conduct check it rests on. The check's result itself is not kept, only its kind and date.
 */
public record BeheerderwijzigingBesluitVerzoek(
        @NotNull Uitkomst uitkomst,
        @NotBlank @Size(max = 10000) @GeenPersoonsnummer String motivering,
        @NotNull @Valid ToetsVerzoek toets) {

    /** The conduct check done on the new managers. */
    public record ToetsVerzoek(@NotNull Gedragstoets soort, @NotNull LocalDate uitgevoerdOp) {
    }

    BeheerderwijzigingBesluitGegevens alsGegevens() {
        return new BeheerderwijzigingBesluitGegevens(uitkomst, motivering, toets.soort(), toets.uitgevoerdOp());
    }
}
