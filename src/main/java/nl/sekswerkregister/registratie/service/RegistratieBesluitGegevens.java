package nl.sekswerkregister.registratie.service;

import nl.sekswerkregister.registratie.domain.RegistratieBesluittype;

/** A decision on a registration, checked for form; the motivation is already stripped. */
public record RegistratieBesluitGegevens(RegistratieBesluittype besluittype, String motivering) {
}
