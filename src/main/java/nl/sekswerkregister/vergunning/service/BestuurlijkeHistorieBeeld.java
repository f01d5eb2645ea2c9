package nl.sekswerkregister.vergunning.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.vergunning.domain.Historiesoort;

/**
 * What other municipalities decided about a licence's operator and each of its managers. Deliberately
 * without the other licences' numbers, motivations or documents: the caller learns that and when, not why.
 */
public record BestuurlijkeHistorieBeeld(String vergunningnummer, String gemeenteCode, UUID exploitantId, String kvkNummer,
                                        List<Vermelding> exploitant, List<BeheerderHistorie> beheerders) {

    /** One decision elsewhere: municipality, date (the decision's ingangsdatum) and kind. */
    public record Vermelding(String gemeenteCode, String gemeentenaam, LocalDate datum, Historiesoort soort) {
    }

    /**
     * A manager as the licence shows them ({@code pseudoniem}, the short form of the municipal pseudonym);
     * {@code landelijkBekend} is false for a manager named before national pseudonyms existed, for whom no
     * history can be found.
     */
    public record BeheerderHistorie(String pseudoniem, boolean landelijkBekend, List<Vermelding> vermeldingen) {
    }
}
