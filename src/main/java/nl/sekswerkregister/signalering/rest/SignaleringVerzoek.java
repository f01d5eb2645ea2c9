package nl.sekswerkregister.signalering.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.invoer.PreciesEen;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.privacy.Telefoonnummer;
import nl.sekswerkregister.signalering.domain.Signaleringsbron;
import nl.sekswerkregister.signalering.service.SignaleringGegevens;

/**
 * Body of POST /signaleringen: an address or an advertisement, never both. There is no field for a
 * name, and none is wanted: an advertisement is its platform and the platform's own reference.
 */
@PreciesEen(value = {"adres", "advertentie"}, perVeld = true, message = "Geef het adres van de vestiging of de "
        + "advertentie (platform en referentie), precies één van beide.")
public record SignaleringVerzoek(
        @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "moet een CBS-gemeentecode zijn zoals GM0363") String gemeenteCode,
        @Valid AdresDto adres,
        @Valid Advertentie advertentie,
        @Size(max = 40) String telefoonnummer,
        @NotNull Signaleringsbron bron,
        @NotNull LocalDate datum,
        @Valid Locatie locatie) {

    /**
     * An advertisement: the platform ("kinky.nl") and its own reference of the ad (an id or a URL,
     * without spaces). Both are kept in clear, so both are screened: no BSN or document number, no
     * phone number (that goes in telefoonnummer, and is pseudonymised).
     */
    public record Advertentie(
            @NotBlank @Size(max = 100) @GeenPersoonsnummer String platform,
            @NotBlank @Size(max = 300) @Pattern(regexp = "\\S+", message = "een referentie of URL zonder spaties")
            @GeenPersoonsnummer String referentie) {
    }

    /** WGS84 degrees, within the Netherlands; kept to 0.001 degree. */
    public record Locatie(
            @NotNull @DecimalMin("50.6") @DecimalMax("53.7") BigDecimal breedtegraad,
            @NotNull @DecimalMin("3.2") @DecimalMax("7.3") BigDecimal lengtegraad) {
    }

    /** The checks the annotations cannot express; no message repeats the value. */
    void controleer(Invoerfouten fouten) {
        if (telefoonnummer != null && Telefoonnummer.lees(telefoonnummer).isEmpty()) {
            fouten.fout("telefoonnummer", "patroon", "Geen telefoonnummer: verwacht een Nederlands nummer (0612345678) of "
                    + "een internationaal nummer met + en landnummer.");
        }
        if (advertentie != null && (Telefoonnummer.staatIn(advertentie.referentie())
                || Telefoonnummer.staatIn(advertentie.platform()))) {
            String reden = "Bevat iets dat een telefoonnummer kan zijn. Dat wordt niet leesbaar bewaard: geef het in "
                    + "telefoonnummer, dan wordt het gepseudonimiseerd.";
            fouten.fout(Telefoonnummer.staatIn(advertentie.referentie()) ? "advertentie.referentie" : "advertentie.platform",
                    "telefoonnummer", reden);
        }
    }

    SignaleringGegevens alsGegevens() {
        return new SignaleringGegevens(gemeenteCode, adres == null ? null : adres.alsAdres(),
                advertentie == null ? null : advertentie.platform().strip(),
                advertentie == null ? null : advertentie.referentie(),
                telefoonnummer == null ? null : Telefoonnummer.lees(telefoonnummer).orElseThrow(),
                bron, datum, locatie == null ? null : locatie.breedtegraad(), locatie == null ? null : locatie.lengtegraad());
    }

    @Override
    public String toString() {
        return "SignaleringVerzoek[***]";
    }
}
