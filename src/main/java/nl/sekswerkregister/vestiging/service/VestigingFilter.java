package nl.sekswerkregister.vestiging.service;

import nl.sekswerkregister.common.adres.Adressleutel;

/** A lookup of premises: by the address at the door or by the operator's KvK number (exactly one is set). */
public record VestigingFilter(Adressleutel adres, String kvkNummer) {
}
