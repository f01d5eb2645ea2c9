package nl.sekswerkregister.gebeurtenis.service;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription, as an administrator sees it: never the event's subject or data (the
 * administrator may read no municipal records), only what went wrong and when.
 */
public record AfleveringBeeld(UUID id, UUID abonnementId, UUID gebeurtenisId, String type, String status, int pogingen,
                              String laatsteUitkomst, Instant laatstePoging, Instant volgendePoging,
                              Instant afgeleverdOp) {
}
