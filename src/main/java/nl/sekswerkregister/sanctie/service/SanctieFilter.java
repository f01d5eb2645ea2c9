package nl.sekswerkregister.sanctie.service;

import java.util.UUID;

/** A listing of sanctions: at premises, of a licence, both or neither (null: any). */
public record SanctieFilter(UUID vestigingId, String vergunningnummer) {
}
