package nl.sekswerkregister.vergunning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.invoer.PreciesEen;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.privacy.IdentificatieDto;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.service.Beheerder;
import nl.sekswerkregister.vergunning.service.VergunningGegevens;

/** Body of POST /vergunningen: an application, which is always filed as AANGEVRAAGD. */
public record VergunningVerzoek(
        @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "moet een CBS-gemeentecode zijn zoals GM0363") String gemeenteCode,
        @NotNull UUID exploitantId,
        @NotNull Bedrijfstype bedrijfstype,
        @Valid AdresDto vestigingsadres,
        Boolean vestigingIsWoning,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid BeheerderVerzoek> beheerders,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) @GeenPersoonsnummer String> voorschriften,
        /** The day the municipality received the application (paper or post may precede filing); default today. */
        java.time.LocalDate ontvangenOp,
        @Pattern(regexp = "GM[0-9]{4}-[0-9]{4}-[0-9]{6}", message = "moet een vergunningnummer zijn zoals GM0363-2026-000042")
        String overnameVan) {

    /**
     * A person responsible for the day-to-day running of the business (APV: beheerder). Sent as an
     * identifier (BSN or foreign document) and kept only as this municipality's pseudonym; in a
     * PATCH, a manager already on the licence may be kept by giving back their pseudonym.
     */
    @PreciesEen(value = {"identificatie", "pseudoniem"}, message = "Geef de identificatie van de beheerder, of (bij "
            + "wijzigen) het pseudoniem van een beheerder die al op de vergunning staat.")
    public record BeheerderVerzoek(@Valid IdentificatieDto identificatie,
                                   @Pattern(regexp = "[0-9a-f]{64}", message = "moet een pseudoniem van deze vergunning zijn") String pseudoniem) {

        static BeheerderVerzoek bestaand(String pseudoniem) {
            return new BeheerderVerzoek(null, pseudoniem);
        }

        Beheerder alsBeheerder() {
            return identificatie == null ? new Beheerder.Bestaand(pseudoniem) : new Beheerder.Nieuw(identificatie.alsIdentificatie());
        }

        @Override
        public String toString() {
            return "Beheerder[***]";
        }
    }

    VergunningGegevens alsGegevens() {
        return new VergunningGegevens(gemeenteCode, exploitantId, bedrijfstype,
                vestigingsadres == null ? null : vestigingsadres.alsAdres(), Boolean.TRUE.equals(vestigingIsWoning),
                beheerders.stream().map(BeheerderVerzoek::alsBeheerder).toList(),
                voorschriften == null ? List.of() : voorschriften, ontvangenOp, overnameVan);
    }
}
