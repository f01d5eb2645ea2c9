package nl.sekswerkregister.regelset.rest;

import nl.sekswerkregister.regelset.service.KaderGegevens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regels;

/** Body of POST /landelijke-kaders: a new version of a framework (a new code starts at version 1). */
public record KaderVerzoek(
        @NotNull @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "moet kebab-case zijn, zoals wrs-wetsvoorstel") String code,
        @NotBlank @Size(max = 200) String naam,
        @NotBlank @Size(max = 2000) String bron,
        @NotNull @Valid Regels regels,
        LocalDate inWerkingVanaf,
        LocalDate inWerkingTot,
        /** Absent: HUIDIG_RECHT when inWerkingVanaf is given, else WETSVOORSTEL. */
        Kadersoort soort,
        /** Per rule path, how the framework regulates it (exhaustively, or as a floor). */
        @Size(max = 500) Map<@Size(max = 120) String, @Valid Kaderregeling> regeling) {

    KaderGegevens alsGegevens() {
        // Null only in a body that is refused anyway, but whose other problems are still looked for.
        return new KaderGegevens(code, naam == null ? null : naam.strip(), bron == null ? null : bron.strip(), regels,
                inWerkingVanaf, inWerkingTot, soort, regeling);
    }
}
