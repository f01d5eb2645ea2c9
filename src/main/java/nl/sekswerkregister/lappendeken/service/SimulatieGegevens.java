package nl.sekswerkregister.lappendeken.service;

import java.time.LocalDate;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.regelset.domain.Regels;

/**
 * A complete rule set to try out, with the date, scope and framework to measure it against (null: the
 * defaults). {@code veld} is the request field the rules came from ("regels" or "wijziging"), so that
 * a contradiction is named where the client wrote it.
 */
public record SimulatieGegevens(String gemeenteCode, Regels regels, String veld, LocalDate peildatum,
                                Reikwijdte reikwijdte, String kader) {
}
