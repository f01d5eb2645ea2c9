package nl.sekswerkregister.registratie.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.registratie.domain.RegistratieBesluittype;
import nl.sekswerkregister.registratie.service.RegistratieBesluitGegevens;

/** Body of POST /registraties/{nummer}/besluiten. */
public record RegistratieBesluitVerzoek(@NotNull RegistratieBesluittype besluittype,
                                        @NotBlank @Size(max = 10000) @GeenPersoonsnummer String motivering) {

    RegistratieBesluitGegevens alsGegevens() {
        return new RegistratieBesluitGegevens(besluittype, motivering.strip());
    }
}
