package nl.sekswerkregister.signalering.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.signalering.domain.Signaleringsbron;
import nl.sekswerkregister.signalering.domain.Signaleringsoort;
import nl.sekswerkregister.signalering.domain.Signaleringsuitkomst;

/**
 * A signal as enforcement sees it. {@code telefoonkenmerk} is what may be shown of the phone
 * pseudonym (64 hex digits, see Pseudonimisering.weergave): equal for the same number within the
 * municipality under the same key. {@code zelfdeTelefoon} and {@code controles} are filled for a
 * single signal only (null in a list): the other signals with the same number, and the inspections
 * at the premises from the signal's date on.
 */
public record SignaleringBeeld(UUID id, String gemeenteCode, Signaleringsoort soort, UUID vestigingId, Adres adres,
                               String platform, String advertentiereferentie, String telefoonkenmerk,
                               Signaleringsbron bron, LocalDate datum, BigDecimal breedtegraad, BigDecimal lengtegraad,
                               Instant vastgelegdOp, String vastgelegdDoor, String vastgelegdRol, Afsluiting afsluiting,
                               List<UUID> zelfdeTelefoon, List<Controle> controles) {

    public record Afsluiting(Signaleringsuitkomst uitkomst, LocalDate datum, String toelichting, Instant vastgelegdOp,
                             String vastgelegdDoor, String vastgelegdRol) {
    }

    public record Controle(UUID id, LocalDate datum, String soort) {
    }
}
