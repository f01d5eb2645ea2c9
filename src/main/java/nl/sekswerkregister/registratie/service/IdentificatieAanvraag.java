package nl.sekswerkregister.registratie.service;

import nl.sekswerkregister.privacy.IdentificatieDto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Body of POST /registraties/_zoek and POST /inzageverzoeken: the person, in the body, never in a URL. */
public record IdentificatieAanvraag(@NotNull @Valid IdentificatieDto identificatie) {
}
