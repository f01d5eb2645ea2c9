package nl.sekswerkregister.controle.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Controlesoort;

/**
 * An inspection as it leaves the service: its findings in order, the licences by number, and who
 * recorded it by role and organisation (the officer's own subject stays inside, as with decisions).
 */
public record ControleBeeld(UUID id, String gemeenteCode, UUID vestigingId, String vergunningnummer,
                            String getoondVergunningnummer, LocalDate datum, Controlesoort soort, String organisatie,
                            String opmerkingen, Integer regelsetVersie, Instant vastgelegdOp, String vastgelegdRol,
                            List<Gevonden> bevindingen) {

    public record Gevonden(UUID id, int volgnummer, Bevindingcode code, String toelichting, Integer voorschrift) {
    }
}
