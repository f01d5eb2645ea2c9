package nl.sekswerkregister.aanvraag.service;

import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;

/** The desk's worklist: a municipality (null: the caller's own), a status, and only passed periods. */
public record AanvraagFilter(String gemeenteCode, Aanvraagstatus status, boolean termijnVerstreken) {
}
