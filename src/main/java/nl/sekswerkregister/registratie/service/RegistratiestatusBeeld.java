package nl.sekswerkregister.registratie.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The hit/no-hit answer. A verificateur (operators' and platforms' systems) gets only the number,
 * {@code geldig} and the time: an unknown, expired, suspended or revoked number all read "not valid",
 * so the check cannot be used to learn which numbers exist, and no end date (which can reveal the
 * under-21 term) or recognition (which can reveal where a person registered). Enforcement also sees
 * the status, the end date and, on request, recognition in a municipality.
 */
public record RegistratiestatusBeeld(String registratienummer, boolean geldig, String status, LocalDate geldigTot,
                                     String gemeenteCode, Boolean erkend, Instant gecontroleerdOp) {
}
