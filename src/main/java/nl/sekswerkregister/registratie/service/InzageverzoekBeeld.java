package nl.sekswerkregister.registratie.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.dataverwerking.service.InzageregelBeeld;
import nl.sekswerkregister.registratie.domain.Inzageverzoek;
import nl.sekswerkregister.registratie.domain.InzageverzoekStatus;

/**
 * An access request filed at the desk. {@code verwerkingen} is the municipality's own part of the
 * report, only for its officers once the request is approved; otherwise null.
 */
public record InzageverzoekBeeld(UUID id, String gemeenteCode, InzageverzoekStatus status, String tussenpersoon,
                                 Instant ingediendOp, String goedgekeurdDoor, Instant goedgekeurdOp,
                                 List<InzageregelBeeld> verwerkingen) {

    static InzageverzoekBeeld van(Inzageverzoek v, List<InzageregelBeeld> verwerkingen) {
        return new InzageverzoekBeeld(v.id(), v.gemeenteCode(), v.status(), v.tussenpersoon(), v.ingediendOp(),
                v.goedgekeurdDoor(), v.goedgekeurdOp(), verwerkingen == null ? null : List.copyOf(verwerkingen));
    }
}
