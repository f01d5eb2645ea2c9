package nl.sekswerkregister.registratie.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.InzageService;
import nl.sekswerkregister.dataverwerking.service.InzageregelBeeld;
import nl.sekswerkregister.privacy.Identificatie;

/**
 * A person's access request (GDPR art. 15), made at the desk of a municipality where they are or
 * were registered: that check is about registrations, the report itself comes from the log.
 */
@ApplicationScoped
public class Inzageverzoeken {

    private final RegistratieService registraties;
    private final InzageService inzage;

    public Inzageverzoeken(RegistratieService registraties, InzageService inzage) {
        this.registraties = registraties;
        this.inzage = inzage;
    }

    public List<InzageregelBeeld> behandel(Identificatie persoon, Verwerkingscontext context) {
        registraties.vereisRegistratieInEigenGemeente(persoon);
        return inzage.inzage(persoon, context);
    }
}
