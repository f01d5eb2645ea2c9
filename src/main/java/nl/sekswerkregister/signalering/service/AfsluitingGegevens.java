package nl.sekswerkregister.signalering.service;

import java.time.LocalDate;
import nl.sekswerkregister.signalering.domain.Signaleringsuitkomst;

/** The closure of a signal: its outcome, the day it was reached, and an optional remark (screened already). */
public record AfsluitingGegevens(Signaleringsuitkomst uitkomst, LocalDate datum, String toelichting) {
}
