package nl.sekswerkregister.registratie.service;

import jakarta.validation.constraints.NotBlank;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RegistratieBesluitAanvraag(@NotNull Besluittype besluittype, @NotBlank @Size(max = 10000) @GeenPersoonsnummer String motivering) {

    public enum Besluittype { SCHORSEN, SCHORSING_OPHEFFEN, INTREKKEN, VERLENGEN }
}
