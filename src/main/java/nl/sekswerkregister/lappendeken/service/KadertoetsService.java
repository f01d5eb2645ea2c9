package nl.sekswerkregister.lappendeken.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.lappendeken.domain.Kadertoets;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.service.KaderBeeld;
import nl.sekswerkregister.regelset.service.LandelijkKaderService;

/**
 * What one municipality's rules and licences would become under a national framework (art. 121-122
 * Gemeentewet). Reads the same cached moment as the conflict analyses, so asking for many
 * municipalities on one date loads the country once per change of the data.
 */
@ApplicationScoped
public class KadertoetsService {

    /** The question municipalities ask is about the Wrs; current law is one parameter away. */
    public static final String STANDAARD_KADER = "wrs-wetsvoorstel";

    private final LappendekenService lappendeken;
    private final GemeenteService gemeenten;
    private final LandelijkKaderService kaders;

    public KadertoetsService(LappendekenService lappendeken, GemeenteService gemeenten, LandelijkKaderService kaders) {
        this.lappendeken = lappendeken;
        this.gemeenten = gemeenten;
        this.kaders = kaders;
    }

    public Kadertoets.Uitkomst toets(String gemeenteCode, LocalDate peildatum, String kaderCode) {
        // Both refusals are decided on one small query each, before the country's rules are loaded.
        if (!gemeenten.bestaat(gemeenteCode)) {
            throw ProbleemException.nietGevonden("Er is geen gemeente met deze gemeenteCode.");
        }
        String code = kaderCode == null ? STANDAARD_KADER : kaderCode;
        KaderBeeld kader = kaders.lees(code, null).orElseThrow(() -> ProbleemException.ongeldig("kader", "onbekend",
                "Er is geen landelijk kader met deze code; zie /api/v1/landelijke-kaders."));
        if (kader.soort() == Kadersoort.MODELVERORDENING) {
            throw ProbleemException.ongeldig("kader", "niet-toegestaan", "Een modelverordening (zoals de VNG Model-APV) "
                    + "bindt niemand: er vervalt geen gemeentelijke regel door en niets is ermee in strijd. Toets aan een "
                    + "wet of wetsvoorstel, zoals wrs-wetsvoorstel of huidige-wet.");
        }
        Momentopname moment = lappendeken.actueleMomentopname(peildatum == null ? lappendeken.vandaag() : peildatum, code);
        return Kadertoets.toets(moment, gemeenteCode);
    }
}
