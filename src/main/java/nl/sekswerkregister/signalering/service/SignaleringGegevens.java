package nl.sekswerkregister.signalering.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.privacy.Telefoonnummer;
import nl.sekswerkregister.signalering.domain.Signaleringsbron;

/**
 * A new signal, checked for form: an address or an advertisement (platform and reference), never
 * both. The phone number is in memory only until its pseudonym is made; the location is WGS84, not
 * yet rounded.
 */
public record SignaleringGegevens(String gemeenteCode, Adres adres, String platform, String advertentiereferentie,
                                  Telefoonnummer telefoonnummer, Signaleringsbron bron, LocalDate datum,
                                  BigDecimal breedtegraad, BigDecimal lengtegraad) {
}
