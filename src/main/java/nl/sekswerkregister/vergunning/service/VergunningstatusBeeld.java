package nl.sekswerkregister.vergunning.service;

import java.time.Instant;
import java.time.LocalDate;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;

/** The enforcement answer to "may this business operate today?": nothing but what an officer on the street needs. */
public record VergunningstatusBeeld(String vergunningnummer, String gemeenteCode, Bedrijfstype bedrijfstype,
                                    Controlestatus status, LocalDate geldigTot, Instant gecontroleerdOp) {
}
