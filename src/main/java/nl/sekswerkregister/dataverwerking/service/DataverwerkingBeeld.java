package nl.sekswerkregister.dataverwerking.service;

import java.time.Instant;
import java.util.UUID;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;

/** One processing record as an auditor reads it (pseudonyms only). */
public record DataverwerkingBeeld(long id, String traceId, String spanId, String operatie,
                                  String verwerkingsactiviteit, String doelbinding, String actor, String rol,
                                  String organisatie, String betrokkene, UUID registratieId, Instant startTijd,
                                  Instant eindTijd, String status, Long volgnummer, String hash) {
    static DataverwerkingBeeld van(Dataverwerking d) {
        return new DataverwerkingBeeld(d.id(), d.traceId(), d.spanId(), d.operatie(), d.verwerkingsactiviteit(), d.doelbinding(),
                d.actor(), d.rol(), d.organisatie(), d.betrokkene(), d.registratieId(), d.startTijd(), d.eindTijd(),
                d.status(), d.volgnummer(), d.hash());
    }
}
