package nl.sekswerkregister.vergunning.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.vergunning.domain.Besluittype;

/** Body of POST /vergunningen/{nummer}/besluiten. The motivation is required by the Awb (art. 3:46). */
public record BesluitAanvraag(
        @NotNull Besluittype besluittype,
        @NotBlank @Size(max = 10000) @GeenPersoonsnummer String motivering,
        @NotNull LocalDate ingangsdatum,
        LocalDate geldigTot) {
}
