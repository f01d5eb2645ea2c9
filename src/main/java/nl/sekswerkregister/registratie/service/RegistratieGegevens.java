package nl.sekswerkregister.registratie.service;

import java.time.LocalDate;
import nl.sekswerkregister.privacy.Identificatie;

/**
 * A registration to make, checked for form. {@code herhaalgesprekOp} is the repeat interview the
 * registering municipality held, if any (needed for a while after a revocation anywhere). The identifier becomes pseudonyms in the service and
 * goes no further; the date of birth becomes an age band.
 */
public record RegistratieGegevens(String gemeenteCode, Identificatie identificatie, LocalDate geboortedatum,
                                  LocalDate intakedatum, String werknaam, LocalDate herhaalgesprekOp) {

    @Override
    public String toString() {
        return "RegistratieGegevens[" + gemeenteCode + "]";
    }
}
