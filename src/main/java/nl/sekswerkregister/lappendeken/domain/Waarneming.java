package nl.sekswerkregister.lappendeken.domain;

import java.time.LocalDate;

/**
 * One signal of unlicensed sex work, as the engine counts it: municipality, date, location when
 * known (WGS84, rounded to 0.001 degree), and whether it was open on the analysis date. A signal
 * closed as "no sex work" on or before that date was a mistake and is not here at all.
 */
public record Waarneming(String gemeenteCode, LocalDate datum, Double breedtegraad, Double lengtegraad, boolean open) {

    public boolean heeftLocatie() {
        return breedtegraad != null && lengtegraad != null;
    }
}
