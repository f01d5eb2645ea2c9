package nl.sekswerkregister.registratie.rest;

import java.time.Instant;
import nl.sekswerkregister.dataverwerking.service.InzageregelBeeld;

/** One processing of the person's data in an access report. */
public record InzageregelDto(Instant tijdstip, String operatie, String organisatie, String rol, String medewerker,
                             String doelbinding, String verwerkingsactiviteit) {

    static InzageregelDto van(InzageregelBeeld b) {
        return new InzageregelDto(b.tijdstip(), b.operatie(), b.organisatie(), b.rol(), b.medewerker(),
                b.doelbinding(), b.verwerkingsactiviteit());
    }
}
