package nl.sekswerkregister.mensenhandel.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.invoer.PreciesEen;
import nl.sekswerkregister.mensenhandel.domain.Indicator;
import nl.sekswerkregister.mensenhandel.service.SignaalGegevens;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;

/**
 * Body of POST /signalen-mensenhandel. Deliberately without any field for a person: a name, BSN,
 * registration number, photo or phone number sent along is an unknown field and refused, never
 * stored. The explanation is short and screened for personal numbers.
 */
@PreciesEen(value = {"vestigingId", "adres"}, perVeld = true, message = "Geef de vestiging: haar id, of het adres "
        + "(dan wordt het een vestiging van uw gemeente); precies één van beide.")
public record SignaalVerzoek(
        UUID vestigingId,
        @Valid AdresDto adres,
        @NotNull LocalDate datum,
        @NotNull @Size(min = 1, max = 12) List<@NotNull Indicator> indicatoren,
        @NotBlank @Size(max = 200) @GeenPersoonsnummer String organisatie,
        @Size(max = 500) @GeenPersoonsnummer String toelichting,
        UUID vervangt) {

    SignaalGegevens alsGegevens() {
        return new SignaalGegevens(vestigingId, adres == null ? null : adres.alsAdres(), datum,
                indicatoren == null ? List.of() : indicatoren,
                organisatie, toelichting == null || toelichting.isBlank() ? null : toelichting, vervangt);
    }
}
