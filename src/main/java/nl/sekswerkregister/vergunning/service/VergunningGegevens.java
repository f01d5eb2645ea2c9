package nl.sekswerkregister.vergunning.service;

import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * An application for a licence, checked for form; the service checks it against what exists.
 * {@code overnameVan}: the number of a licence in force that this application takes over (a transfer), or null.
 */
public record VergunningGegevens(String gemeenteCode, UUID exploitantId, Bedrijfstype bedrijfstype,
                                 Adres vestigingsadres, boolean vestigingIsWoning, List<Beheerder> beheerders, List<String> voorschriften,
                                 /** The day the application was received; null: today. */
                                 java.time.LocalDate ontvangenOp,
                                 String overnameVan) {
}
