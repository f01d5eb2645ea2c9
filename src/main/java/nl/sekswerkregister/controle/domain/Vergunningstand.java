package nl.sekswerkregister.controle.domain;

import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * The licence at premises on an inspection date, as its decisions left it that day: granted with a
 * term that covers the date, and whether it was in force then or suspended or revoked by a decision
 * that had taken effect.
 */
public record Vergunningstand(UUID id, String vergunningnummer, Bedrijfstype bedrijfstype, List<String> voorschriften,
                              boolean inWerking) {
}
