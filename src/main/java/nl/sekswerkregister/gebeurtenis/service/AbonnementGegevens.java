package nl.sekswerkregister.gebeurtenis.service;

import java.util.Set;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;

/** A subscription asked for: where to, which kinds of event, optionally one municipality. */
public record AbonnementGegevens(String callbackUrl, Set<Gebeurtenistype> typen, String gemeenteCode) {
}
