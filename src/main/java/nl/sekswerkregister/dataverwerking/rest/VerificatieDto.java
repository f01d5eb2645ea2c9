package nl.sekswerkregister.dataverwerking.rest;

import java.time.Instant;
import nl.sekswerkregister.dataverwerking.service.VerificatieBeeld;

/** Answer of GET and POST /dataverwerkingen/verificatie. */
public record VerificatieDto(boolean intact, long aantalVerzegeld, Long eersteBreukVolgnummer, Long eersteBreukId,
                             String reden, long aantalOnverzegeld, Long oudsteOnverzegeldSeconden,
                             Long checkpointVolgnummer, Instant checkpointTijdstip, Instant gecontroleerdOp) {

    static VerificatieDto van(VerificatieBeeld b) {
        return new VerificatieDto(b.intact(), b.aantalVerzegeld(), b.eersteBreukVolgnummer(), b.eersteBreukId(),
                b.reden(), b.aantalOnverzegeld(), b.oudsteOnverzegeldSeconden(), b.checkpointVolgnummer(),
                b.checkpointTijdstip(), b.gecontroleerdOp());
    }
}
