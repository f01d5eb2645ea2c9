package nl.sekswerkregister.lappendeken.domain;

import nl.sekswerkregister.regelset.domain.Regels;

/** The national framework an analysis measures against. */
public record Kaderversie(String code, int versie, String naam, Regels regels) {
}
