package nl.sekswerkregister.statistiek.service;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.sekswerkregister.statistiek.domain.Gebiedsniveau;
import nl.sekswerkregister.statistiek.domain.Statistiek;

/**
 * What is asked: a statistic at one area level (optionally one area of it), as of one date
 * ({@code peildatum}) or per month from {@code vanaf} to {@code tot}. Null fields take their defaults.
 */
public record StatistiekFilter(Statistiek statistiek, Gebiedsniveau indeling, String gebied, LocalDate peildatum,
                               YearMonth vanaf, YearMonth tot) {
}
