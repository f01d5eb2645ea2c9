package nl.sekswerkregister.vergunning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;

/**
 * The enforcement answer to "may this business operate today, here?": nothing but what an officer
 * on the street needs. The premises' address and id are null where they may not be shown (a home
 * worker's address), {@code adresKomtOvereen} is null when the officer named no address. {@code
 * geslotenTot} and {@code geschorstTot} are the last days of a closure or suspension in force (null
 * when there is none, or a suspension has no end).
 */
public record VergunningstatusBeeld(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                                    Controlestatus status, LocalDate geldigTot, LocalDate geslotenTot,
                                    LocalDate geschorstTot, Instant gecontroleerdOp,
                                    Adres vestigingsadres, UUID vestigingId, Boolean adresKomtOvereen) {
}
