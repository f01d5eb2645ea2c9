package nl.sekswerkregister.dataverwerking.rest;

import java.time.Instant;
import java.util.UUID;
import nl.sekswerkregister.dataverwerking.service.DataverwerkingBeeld;

/** One processing record in the auditor's view of the log. */
public record DataverwerkingDto(long id, String traceId, String spanId, String operatie, String verwerkingsactiviteit,
                                String doelbinding, String actor, String rol, String organisatie, String betrokkene,
                                UUID registratieId, Instant startTijd, Instant eindTijd, String status,
                                Long volgnummer, String hash) {

    static DataverwerkingDto van(DataverwerkingBeeld b) {
        return new DataverwerkingDto(b.id(), b.traceId(), b.spanId(), b.operatie(), b.verwerkingsactiviteit(),
                b.doelbinding(), b.actor(), b.rol(), b.organisatie(), b.betrokkene(), b.registratieId(),
                b.startTijd(), b.eindTijd(), b.status(), b.volgnummer(), b.hash());
    }
}
