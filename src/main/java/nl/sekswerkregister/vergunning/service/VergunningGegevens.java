package nl.sekswerkregister.vergunning.service;

import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.service.VergunningAanvraag.Beheerder;

/**
 * The editable part of a licence (PATCH). Municipality, operator and business type identify what
 * was licensed; changing them is a new application, not an edit.
 */
public record VergunningGegevens(
        @Valid AdresDto vestigingsadres,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Beheerder> beheerders,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 2000) @GeenPersoonsnummer String> voorschriften) {

    public static VergunningGegevens van(Vergunning v) {
        return new VergunningGegevens(nl.sekswerkregister.common.adres.AdresDto.van(v.vestigingsadres()),
                v.beheerders().stream().map(p -> new Beheerder(null, p)).toList(), v.voorschriften());
    }
}
