package nl.sekswerkregister.gebeurtenis.service;

import java.util.UUID;

/** Which deliveries to list: of a status (WACHTEND, AFGELEVERD, DOOD) and of a subscription, each optional. */
public record AfleveringFilter(String status, UUID abonnementId) {
}
