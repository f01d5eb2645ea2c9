package nl.sekswerkregister.registratie.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.privacy.IdentificatieDto;
import nl.sekswerkregister.registratie.service.RegistratieGegevens;

/**
 * Body of POST /registraties. The date of birth is used for the age checks and turned into an
 * age band; it is not stored. {@code herhaalgesprekOp} records a repeat interview held by the
 * registering municipality, which a recent revocation anywhere requires.
 */
public record RegistratieVerzoek(
        @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "moet een CBS-gemeentecode zijn zoals GM0363") String gemeenteCode,
        @NotNull @Valid IdentificatieDto identificatie,
        @NotNull LocalDate geboortedatum,
        @NotNull LocalDate intakedatum,
        @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*",
                message = "mag niet alleen uit spaties bestaan") @GeenPersoonsnummer String werknaam,
        LocalDate herhaalgesprekOp) {

    RegistratieGegevens alsGegevens() {
        return new RegistratieGegevens(gemeenteCode, identificatie.alsIdentificatie(), geboortedatum, intakedatum,
                werknaam == null ? null : werknaam.strip(), herhaalgesprekOp);
    }

    @Override
    public String toString() {
        return "RegistratieVerzoek[" + gemeenteCode + "]";
    }
}
