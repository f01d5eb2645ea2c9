package nl.sekswerkregister.vergunning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.sekswerkregister.vergunning.domain.Besluit;
import nl.sekswerkregister.vergunning.domain.Besluitgrond;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;

/** Immutable view of a decision; the deciding officer's identity stays inside the service. */
public record BesluitBeeld(UUID id, Besluittype besluittype, String motivering, LocalDate ingangsdatum,
                           LocalDate geldigTot, VergunningStatus statusVoor, VergunningStatus statusNa,
                           Instant genomenOp, Besluitgrond grond) {

    static BesluitBeeld van(Besluit b) {
        return new BesluitBeeld(b.id(), b.besluittype(), b.motivering(), b.ingangsdatum(), b.geldigTot(),
                b.statusVoor(), b.statusNa(), b.genomenOp(), b.grond());
    }
}
