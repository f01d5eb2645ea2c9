package nl.sekswerkregister.openbaar.service;

import java.time.LocalDate;
import java.util.Map;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * A page of the public register as of a day, with how many licences in force it withholds per
 * municipality (over the whole filter, not only this page).
 */
public record RegisterBeeld(LocalDate peildatum, Pagina<Vermelding> vergunningen, Map<String, Long> nietGetoond) {

    /** A licence in the register: nothing about its managers, decisions or the operator's other details. */
    public record Vermelding(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                             String handelsnaam, Adres vestigingsadres, LocalDate geldigVanaf, LocalDate geldigTot) {
    }
}
