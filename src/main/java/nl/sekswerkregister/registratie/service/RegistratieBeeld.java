package nl.sekswerkregister.registratie.service;

import java.time.Instant;
import java.time.LocalDate;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.registratie.domain.Registratie;
import nl.sekswerkregister.registratie.domain.RegistratieStatus;

/** What the registering municipality sees of a registration. */
public record RegistratieBeeld(String registratienummer, String gemeenteCode, RegistratieStatus status,
                               LocalDate geldigVanaf, LocalDate geldigTot, String leeftijdsband, LocalDate intakedatum,
                               String werknaam, LocalDate herhaalgesprekOp, String gemeentePseudoniem,
                               Instant aangemaaktOp) {

    static RegistratieBeeld van(Registratie r, LocalDate vandaag) {
        return new RegistratieBeeld(r.registratienummer(), r.gemeenteCode(), r.status(vandaag), r.geldigVanaf(),
                r.geldigTot(), r.leeftijdsband(), r.intakedatum(), r.werknaam(), r.herhaalgesprekOp(),
                Pseudonimisering.weergave(r.gemeentePseudoniem()), r.aangemaaktOp());
    }
}
