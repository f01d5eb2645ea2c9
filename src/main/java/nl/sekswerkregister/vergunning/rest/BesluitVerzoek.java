package nl.sekswerkregister.vergunning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.vergunning.domain.Besluitgrond;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import nl.sekswerkregister.vergunning.service.BesluitGegevens;

/** Body of POST /vergunningen/{nummer}/besluiten. The motivation is required by the Awb (art. 3:46). */
public record BesluitVerzoek(
        @NotNull Besluittype besluittype,
        @NotBlank @Size(max = 10000) @GeenPersoonsnummer String motivering,
        @NotNull LocalDate ingangsdatum,
        LocalDate geldigTot,
        Besluitgrond grond) {

    BesluitGegevens alsGegevens() {
        return new BesluitGegevens(besluittype, motivering, ingangsdatum, geldigTot, grond);
    }
}
