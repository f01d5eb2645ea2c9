package nl.sekswerkregister.registratie.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The hit/no-hit answer. For a verificateur (operators' and platforms' systems) an unknown, expired,
 * suspended or revoked number all read "not valid" with nothing else, so the check cannot be used
 * to learn which numbers exist; enforcement also sees the status.
 */
public record RegistratiestatusBeeld(String registratienummer, boolean geldig, String status, LocalDate geldigTot,
                                     String gemeenteCode, Boolean erkend, Instant gecontroleerdOp) {
}
