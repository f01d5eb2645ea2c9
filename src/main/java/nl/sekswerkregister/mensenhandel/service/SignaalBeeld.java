package nl.sekswerkregister.mensenhandel.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.mensenhandel.domain.Indicator;

/** A signal as handed over: where, when, what was seen, by which organisation, and to whom it went when. */
public record SignaalBeeld(UUID id, String gemeenteCode, UUID vestigingId, Adres adres, LocalDate datum,
                           List<Indicator> indicatoren, String organisatie, String toelichting, UUID vervangt,
                           String riecRegio, String politieEenheid, Instant overgedragenOp) {
}
