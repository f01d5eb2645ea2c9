package nl.sekswerkregister.common.adres;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Address in the API. Postcode without space, as in the BAG ("1012AB"). */
public record AdresDto(
        @NotBlank @Size(max = 80) String straatnaam,
        @NotNull @Min(1) @Max(99999) Integer huisnummer,
        @Pattern(regexp = "[A-Za-z]", message = "moet één letter zijn") String huisletter,
        @Pattern(regexp = "[A-Za-z0-9]{1,4}", message = "moet 1 tot 4 letters of cijfers zijn") String huisnummertoevoeging,
        @NotNull @Pattern(regexp = "[1-9][0-9]{3}[A-Z]{2}", message = "moet een postcode zijn zoals 1012AB") String postcode,
        @NotBlank @Size(max = 80) String woonplaats) {

    public Adres alsAdres() {
        return new Adres(straatnaam, huisnummer, huisletter, huisnummertoevoeging, postcode, woonplaats);
    }

    public static AdresDto van(Adres adres) {
        return adres == null || adres.straatnaam() == null ? null : new AdresDto(adres.straatnaam(), adres.huisnummer(),
                adres.huisletter(), adres.huisnummertoevoeging(), adres.postcode(), adres.woonplaats());
    }
}
