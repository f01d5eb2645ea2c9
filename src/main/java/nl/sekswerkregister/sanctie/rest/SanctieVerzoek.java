package nl.sekswerkregister.sanctie.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.sanctie.domain.Bedragperiode;
import nl.sekswerkregister.sanctie.domain.Grondslagsoort;
import nl.sekswerkregister.sanctie.domain.Sanctiesoort;
import nl.sekswerkregister.sanctie.service.SanctieGegevens;
import nl.sekswerkregister.vergunning.domain.Besluitgrond;

/**
 * Body of POST /sancties. Flat, like a licence decision: which of the optional fields a kind needs
 * is checked by the service (SanctieService.valideer), in the same 400 as the form. The motivation
 * is required by the Awb (art. 3:46) and kept for good, so it is screened for BSNs like every
 * other decision's.
 */
public record SanctieVerzoek(
        @NotNull Sanctiesoort soort,
        @NotNull UUID vestigingId,
        @Pattern(regexp = "GM[0-9]{4}-[0-9]{4}-[0-9]{6}", message = "moet een vergunningnummer zijn zoals GM0363-2026-000042")
        String vergunningnummer,
        @NotBlank @Size(max = 10000) @GeenPersoonsnummer String motivering,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid GrondslagVerzoek> grondslagen,
        @Size(max = 50) List<@NotNull UUID> controles,
        @Size(max = 200) List<@NotNull UUID> bevindingen,
        @NotNull LocalDate bekendgemaaktOp,
        @DecimalMin("0.01") @DecimalMax("10000000.00") @Digits(integer = 8, fraction = 2) BigDecimal bedrag,
        Bedragperiode bedragPer,
        @DecimalMin("0.01") @DecimalMax("10000000.00") @Digits(integer = 8, fraction = 2) BigDecimal maximumbedrag,
        LocalDate begunstigingstermijnTot,
        @Size(min = 1, max = 2000) @GeenPersoonsnummer String maatregel,
        LocalDate ingangsdatum,
        LocalDate einddatum,
        UUID opheffingVan,
        Besluitgrond grond) {

    /** A legal basis: its kind, and precisely which article ("APV Utrecht art. 3:11 lid 2"). */
    public record GrondslagVerzoek(@NotNull Grondslagsoort soort,
                                   @NotBlank @Size(max = 300) @GeenPersoonsnummer String verwijzing) {
    }

    SanctieGegevens alsGegevens() {
        return new SanctieGegevens(soort, vestigingId, vergunningnummer, motivering,
                grondslagen == null ? List.of() : grondslagen.stream()
                        .map(g -> g == null ? null : new SanctieGegevens.Grondslag(g.soort(), g.verwijzing())).toList(),
                controles == null ? List.of() : controles.stream().filter(java.util.Objects::nonNull).toList(),
                bevindingen == null ? List.of() : bevindingen.stream().filter(java.util.Objects::nonNull).toList(),
                bekendgemaaktOp, bedrag, bedragPer, maximumbedrag, begunstigingstermijnTot, maatregel, ingangsdatum,
                einddatum, opheffingVan, grond);
    }
}
