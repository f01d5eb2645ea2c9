package nl.sekswerkregister.lappendeken.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.sekswerkregister.common.invoer.PreciesEen;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.service.SimulatieGegevens;
import nl.sekswerkregister.regelset.domain.Regels;

/**
 * What to try out: a whole draft ({@code regels}) or a change to the rules in force ({@code wijziging},
 * a JSON Merge Patch, RFC 7396), never both: which of the two was meant cannot be guessed. Nothing is
 * stored or published.
 */
@PreciesEen(value = {"regels", "wijziging"}, perVeld = true,
        message = "Geef precies één van regels (een volledige regelset) of wijziging (een JSON Merge Patch op de regels in werking).")
public record SimulatieVerzoek(
        @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "moet een CBS-gemeentecode zijn zoals GM0363") String gemeenteCode,
        @Valid Regels regels,
        JsonNode wijziging,
        LocalDate peildatum,
        Reikwijdte reikwijdte,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "moet een kadercode zijn zoals wrs-wetsvoorstel") String kader) {

    public SimulatieVerzoek {
        // Jackson reads an explicit "wijziging": null as a JSON null node; it means no change was sent.
        if (wijziging != null && wijziging.isNull()) {
            wijziging = null;
        }
    }

    /** The request with these rules to simulate, named after the field they came from. */
    SimulatieGegevens alsGegevens(Regels teSimuleren) {
        return new SimulatieGegevens(gemeenteCode, teSimuleren, wijziging == null ? "regels" : "wijziging", peildatum,
                reikwijdte, kader);
    }
}
