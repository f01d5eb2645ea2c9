package nl.sekswerkregister.registratie.service;

import nl.sekswerkregister.privacy.IdentificatieDto;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.InzageService;

/** Reads the identifier of an access request (same rules as everywhere) and hands it to the log. */
@ApplicationScoped
public class InzageAanvraagVerwerker {

    private final RegistratieService registraties;
    private final InzageService inzage;

    public InzageAanvraagVerwerker(RegistratieService registraties, InzageService inzage) {
        this.registraties = registraties;
        this.inzage = inzage;
    }

    public List<InzageService.Regel> inzage(IdentificatieDto identificatie, Verwerkingscontext context) {
        var persoon = registraties.leesIdentificatie(identificatie);
        registraties.vereisRegistratieInEigenGemeente(persoon);
        return inzage.inzage(persoon, context);
    }
}
