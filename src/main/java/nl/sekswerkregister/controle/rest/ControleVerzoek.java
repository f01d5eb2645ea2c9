package nl.sekswerkregister.controle.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.AdresDto;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.invoer.PreciesEen;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Controlesoort;
import nl.sekswerkregister.controle.service.ControleGegevens;
import nl.sekswerkregister.privacy.GeenPersoonsnummer;
import nl.sekswerkregister.privacy.Registratienummer;

/**
 * Body of POST /controles. The premises by id (known premises of the own municipality) or by their
 * address (an unlicensed address becomes premises), exactly one of the two.
 */
@PreciesEen(value = {"vestigingId", "vestigingsadres"}, perVeld = true, message = "Geef de vestiging met vestigingId "
        + "(een bekende vestiging van uw gemeente) of met vestigingsadres (het adres aan de deur), precies één van beide.")
public record ControleVerzoek(
        UUID vestigingId,
        @Valid AdresDto vestigingsadres,
        @NotNull LocalDate datum,
        @NotNull Controlesoort soort,
        @NotNull @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "mag niet alleen uit spaties bestaan")
        @GeenPersoonsnummer String organisatie,
        @Pattern(regexp = "GM[0-9]{4}-[0-9]{4}-[0-9]{6}", message = "moet een vergunningnummer zijn zoals GM0363-2026-000042")
        String vergunningnummer,
        @Size(max = 4000) @GeenPersoonsnummer String opmerkingen,
        @Size(max = 50) List<@NotNull @Valid BevindingVerzoek> bevindingen,
        @Size(max = 20) List<@NotNull String> getoondeRegistratienummers) {

    public record BevindingVerzoek(
            @NotNull Bevindingcode code,
            @Size(max = 2000) @GeenPersoonsnummer String toelichting,
            @Min(1) @Max(100) Integer voorschrift) {
    }

    /**
     * Registration numbers shown at the door: their form and check character, each named by its
     * position and never by its value (a typo is caught here, before anything is looked up).
     */
    static void controleerRegistratienummers(ControleVerzoek verzoek, Invoerfouten fouten) {
        List<String> nummers = verzoek.getoondeRegistratienummers() == null ? List.of() : verzoek.getoondeRegistratienummers();
        for (int i = 0; i < nummers.size(); i++) {
            String nummer = nummers.get(i);
            String veld = "getoondeRegistratienummers[" + i + "]";
            if (nummer == null) {
                continue; // reported by @NotNull
            }
            if (Registratienummer.normaliseer(nummer) == null) {
                fouten.fout(veld, "patroon", "Verwacht 11 tekens zoals K7QM-4XR2-9T6.");
            } else if (!Registratienummer.isGeldig(nummer)) {
                fouten.fout(veld, "controleteken", "Het controleteken klopt niet: een tikfout?");
            }
        }
    }

    ControleGegevens alsGegevens() {
        return new ControleGegevens(vestigingId, vestigingsadres == null ? null : vestigingsadres.alsAdres(), datum, soort,
                organisatie, vergunningnummer, opmerkingen,
                bevindingen == null ? List.of() : bevindingen.stream()
                        .map(b -> new ControleGegevens.Bevindingregel(b.code(), b.toelichting(), b.voorschrift())).toList(),
                getoondeRegistratienummers == null ? List.of()
                        : getoondeRegistratienummers.stream().map(Registratienummer::opmaak).toList());
    }

    @Override
    public String toString() {
        return "ControleVerzoek[" + datum + ", " + soort + "]";
    }
}
