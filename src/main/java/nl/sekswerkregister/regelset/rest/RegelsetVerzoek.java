package nl.sekswerkregister.regelset.rest;

import nl.sekswerkregister.regelset.service.RegelsetGegevens;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.regelset.domain.Regels;

/** Body of POST /gemeenten/{code}/regelsets and the editable view of a draft (PATCH). */
public record RegelsetVerzoek(
        @NotNull LocalDate geldigVanaf,
        LocalDate geldigTot,
        @NotBlank @Size(max = 2000) String bron,
        @NotNull @Valid Regels regels) {

    static RegelsetVerzoek van(RegelsetBeeld r) {
        return new RegelsetVerzoek(r.geldigVanaf(), r.geldigTot(), r.bron(), r.regels());
    }

    RegelsetGegevens alsGegevens() {
        // bron is null only in a body that is refused anyway, but whose other problems are still looked for.
        return new RegelsetGegevens(geldigVanaf, geldigTot, bron == null ? null : bron.strip(), regels);
    }
}
