package nl.sekswerkregister.statistiek.service;

import java.util.List;

/**
 * One page of a statistic's cells. {@code drempel} and {@code afronding} are null for a statistic
 * without disclosure control.
 */
public record TabelBeeld(List<CelBeeld> cellen, boolean heeftVolgende, Integer drempel, Integer afronding) {

    /**
     * One figure: the period (a date for a stock, a month YYYY-MM for a flow), the area, the categories
     * in the statistic's order (TOTAAL for a margin) and the count, null when suppressed.
     */
    public record CelBeeld(String periode, String gebied, String gebiedsnaam, List<String> kenmerken, Long aantal,
                           boolean onderdrukt) {
    }
}
