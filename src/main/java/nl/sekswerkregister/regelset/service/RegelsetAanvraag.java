package nl.sekswerkregister.regelset.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.regelset.domain.Regels;

/** Body of POST /gemeenten/{code}/regelsets and the editable view of a draft (PATCH). */
public record RegelsetAanvraag(
        @NotNull LocalDate geldigVanaf,
        LocalDate geldigTot,
        @NotBlank @Size(max = 2000) String bron,
        @NotNull @Valid Regels regels) {
}
