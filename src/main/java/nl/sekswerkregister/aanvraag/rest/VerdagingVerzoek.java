package nl.sekswerkregister.aanvraag.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.aanvraag.service.VerdagingGegevens;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;

/** Body of POST .../aanvraag/verdagingen: the one extension of the decision period. */
public record VerdagingVerzoek(@NotNull @Min(1) @Max(52) Integer weken, @NotNull LocalDate verdaagdOp,
                               @NotBlank @Size(max = 2000) @GeenPersoonsnummer String motivering) {

    VerdagingGegevens alsGegevens() {
        return new VerdagingGegevens(weken, verdaagdOp, motivering);
    }
}
