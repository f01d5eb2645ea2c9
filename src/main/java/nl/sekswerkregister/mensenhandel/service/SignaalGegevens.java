package nl.sekswerkregister.mensenhandel.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.mensenhandel.domain.Indicator;

/**
 * A signal to hand over: the premises (an id, or an address that becomes premises), the day, what was
 * seen, who reports it, and the signal it corrects, if any. Nothing about a person.
 */
public record SignaalGegevens(UUID vestigingId, Adres adres, LocalDate datum, List<Indicator> indicatoren,
                              String organisatie, String toelichting, UUID vervangt) {

    /** The indicators as sent: a position that could not be read is null, so later positions keep their number. */
    public SignaalGegevens {
        indicatoren = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(indicatoren));
    }
}
