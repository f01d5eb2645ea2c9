package nl.sekswerkregister.signalering.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which signals a list shows, all optional: open (true) or closed (false), dated from and to
 * (inclusive), at one premises.
 */
public record SignaleringFilter(Boolean open, LocalDate vanaf, LocalDate tot, UUID vestigingId) {
}
