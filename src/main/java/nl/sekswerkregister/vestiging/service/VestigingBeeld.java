package nl.sekswerkregister.vestiging.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;

/** Premises as a lookup shows them, with the licences at them and their status as the status check gives it today. */
public record VestigingBeeld(UUID id, String gemeenteCode, Adres adres, String nummeraanduidingIdentificatie,
                             boolean woning, Instant aangemaaktOp, List<Vergunning> vergunningen, Sluiting sluiting) {

    /** A closure of the premises in force today (null when there is none). */
    public record Sluiting(UUID sanctieId, LocalDate ingangsdatum, LocalDate einddatum) {
    }

    public record Vergunning(String vergunningnummer, Bedrijfstype bedrijfstype, Controlestatus status,
                             LocalDate geldigTot) {
    }
}
