package nl.sekswerkregister.regelset.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regels;

public record KaderBeeld(String code, int versie, String naam, String bron, Regels regels, Instant vastgesteldOp,
                         LocalDate inWerkingVanaf, LocalDate inWerkingTot, Kadersoort soort,
                         Map<String, Kaderregeling> regeling) {

    /**
     * Whether this version is law on that day. A framework without a date of entry into force (a bill
     * such as the Wrs) is in force on no day: measuring against it is allowed, relying on it is not.
     */
    public boolean inWerkingOp(LocalDate datum) {
        return inWerkingVanaf != null && !datum.isBefore(inWerkingVanaf)
                && (inWerkingTot == null || !datum.isAfter(inWerkingTot));
    }
}
