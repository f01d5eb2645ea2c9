package nl.sekswerkregister.regelset.service;

import nl.sekswerkregister.regelset.domain.Regels;

/** A new version of a national framework, checked for form. */
public record KaderGegevens(String code, String naam, String bron, Regels regels) {
}
