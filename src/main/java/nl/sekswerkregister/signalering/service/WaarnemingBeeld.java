package nl.sekswerkregister.signalering.service;

import java.time.LocalDate;
import nl.sekswerkregister.signalering.domain.Signaleringsuitkomst;

/**
 * A signal as the patchwork analysis counts it: no premises, no advertisement, no phone, only the
 * municipality, the date, the (rounded) location when known, and the closure when there is one.
 */
public record WaarnemingBeeld(String gemeenteCode, LocalDate datum, Double breedtegraad, Double lengtegraad,
                              LocalDate afgeslotenOp, Signaleringsuitkomst uitkomst) {
}
