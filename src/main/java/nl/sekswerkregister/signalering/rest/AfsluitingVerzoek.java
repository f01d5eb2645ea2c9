package nl.sekswerkregister.signalering.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.signalering.domain.Signaleringsuitkomst;
import nl.sekswerkregister.signalering.service.AfsluitingGegevens;

/** Body of POST /signaleringen/{id}/afsluiting. The remark is kept for good, so it is screened. */
public record AfsluitingVerzoek(
        @NotNull Signaleringsuitkomst uitkomst,
        @NotNull LocalDate datum,
        @Size(max = 2000) @GeenPersoonsnummer String toelichting) {

    AfsluitingGegevens alsGegevens() {
        return new AfsluitingGegevens(uitkomst, datum, toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
    }
}
