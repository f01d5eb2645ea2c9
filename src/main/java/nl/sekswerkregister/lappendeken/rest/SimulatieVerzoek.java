package nl.sekswerkregister.lappendeken.rest;

import nl.sekswerkregister.lappendeken.service.SimulatieGegevens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.regelset.domain.Regels;

/** A draft rule set to try out: nothing is stored or published. */
public record SimulatieVerzoek(
        @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "moet een CBS-gemeentecode zijn zoals GM0363") String gemeenteCode,
        @NotNull @Valid Regels regels,
        LocalDate peildatum,
        Reikwijdte reikwijdte,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "moet een kadercode zijn zoals wrs-wetsvoorstel") String kader) {

    SimulatieGegevens alsGegevens() {
        return new SimulatieGegevens(gemeenteCode, regels, peildatum, reikwijdte, kader);
    }
}
