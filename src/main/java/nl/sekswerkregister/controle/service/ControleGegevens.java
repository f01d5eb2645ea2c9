package nl.sekswerkregister.controle.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Controlesoort;

/**
 * An inspection as recorded, checked for form: premises by id or by address (exactly one), the
 * findings in the inspector's order, and the registration numbers shown at the door, which are
 * checked and then forgotten (never kept, never in {@link #toString()}).
 */
public record ControleGegevens(UUID vestigingId, Adres vestigingsadres, LocalDate datum, Controlesoort soort,
                               String organisatie, String vergunningnummer, String opmerkingen,
                               List<Bevindingregel> bevindingen, List<String> getoondeRegistratienummers) {

    /** One finding as the inspector gives it; {@code voorschrift} only for VOORSCHRIFT_NIET_NAGELEEFD. */
    public record Bevindingregel(Bevindingcode code, String toelichting, Integer voorschrift) {
    }

    @Override
    public String toString() {
        return "ControleGegevens[" + datum + ", " + soort + ", " + bevindingen.size() + " bevindingen, "
                + getoondeRegistratienummers.size() + " getoonde registratienummers]";
    }
}
