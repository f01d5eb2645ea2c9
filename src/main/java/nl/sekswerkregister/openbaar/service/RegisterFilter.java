package nl.sekswerkregister.openbaar.service;

import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/** Which part of the public register: a municipality and a business type, each optional. */
public record RegisterFilter(String gemeenteCode, Bedrijfstype bedrijfstype) {
}
