package nl.sekswerkregister.registratie.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.sekswerkregister.privacy.IdentificatieDto;

/** Body of POST /registraties/_zoek and POST /inzageverzoeken: the person, in the body, never in a URL. */
public record IdentificatieVerzoek(@NotNull @Valid IdentificatieDto identificatie) {
}
