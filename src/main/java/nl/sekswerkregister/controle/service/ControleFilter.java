package nl.sekswerkregister.controle.service;

import java.time.LocalDate;
import java.util.UUID;

/** Which inspections to list: at these premises, from and to a date (each optional). */
public record ControleFilter(UUID vestigingId, LocalDate datumVanaf, LocalDate datumTot) {
}
