package nl.sekswerkregister.vergunning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.exploitant.service.ExploitantService;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.vergunning.domain.Historiesoort;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.repository.BestuurlijkeHistorieRepository;
import nl.sekswerkregister.vergunning.repository.BestuurlijkeHistorieRepository.HistorieRij;
import nl.sekswerkregister.vergunning.repository.VergunningBeheerderRepository;
import nl.sekswerkregister.vergunning.repository.VergunningBeheerderRepository.BenoemingRij;
import nl.sekswerkregister.vergunning.repository.VergunningRepository;

/**
 * The national history of a licence's operator and managers (issue 16, item 5): the information exchange
 * between administrative bodies that the Bibob Act allows, for the officer preparing a decision on this
 * licence. Purpose-bound and in the processing log, every call, whatever it found or refused: the log is
 * what an auditor and a data subject can hold the exchange to.
 */
@ApplicationScoped
public class BestuurlijkeHistorieService {

    /** The processing-log operation. */
    static final String RAADPLEGEN = "vergunning.bestuurlijke-historie";

    private final VergunningRepository vergunningen;
    private final VergunningBeheerderRepository benoemingen;
    private final BestuurlijkeHistorieRepository historie;
    private final ExploitantService exploitanten;
    private final Pseudonimisering pseudoniemen;
    private final Toegang toegang;
    private final Logboek logboek;
    private final Klok klok;

    public BestuurlijkeHistorieService(VergunningRepository vergunningen, VergunningBeheerderRepository benoemingen,
                                       BestuurlijkeHistorieRepository historie, ExploitantService exploitanten,
                                       Pseudonimisering pseudoniemen, Toegang toegang, Logboek logboek, Klok klok) {
        this.vergunningen = vergunningen;
        this.benoemingen = benoemingen;
        this.historie = historie;
        this.exploitanten = exploitanten;
        this.pseudoniemen = pseudoniemen;
        this.toegang = toegang;
        this.logboek = logboek;
        this.klok = klok;
    }

    @Transactional
    public BestuurlijkeHistorieBeeld lees(String vergunningnummer, Verwerkingscontext context) {
        Instant start = klok.nu();
        Vergunning vergunning;
        try {
            vergunning = vergunningen.metNummer(vergunningnummer).orElseThrow(VergunningService::nietGevonden);
            toegang.vereisHistorierecht(vergunning.gemeenteCode());
        } catch (ProbleemException geweigerd) {
            // An attempt is a processing too: who tried to read whose history must be answerable.
            logboek.legMislukt(context, RAADPLEGEN, start);
            throw geweigerd;
        }
        String eigen = vergunning.gemeenteCode();
        List<BestuurlijkeHistorieBeeld.Vermelding> exploitant = vermeldingen(
                historie.vanExploitant(vergunning.exploitantId(), eigen));

        Map<String, BenoemingRij> landelijkBij = new HashMap<>();
        for (BenoemingRij rij : benoemingen.huidige(vergunning.id())) {
            landelijkBij.put(pseudoniemen.beheerderOnderActieveSleutel(rij.pseudoniem(), rij.sleutelversie()), rij);
        }
        List<BestuurlijkeHistorieBeeld.BeheerderHistorie> beheerders = vergunning.beheerders().stream().map(opgeslagen -> {
            BenoemingRij rij = landelijkBij.get(
                    pseudoniemen.beheerderOnderActieveSleutel(opgeslagen, vergunning.beheerderSleutelversie()));
            String weergave = Pseudonimisering.weergave(opgeslagen);
            if (rij == null) {
                return new BestuurlijkeHistorieBeeld.BeheerderHistorie(weergave, false, List.of());
            }
            return new BestuurlijkeHistorieBeeld.BeheerderHistorie(weergave, true, vermeldingen(historie.vanBeheerder(
                    pseudoniemen.beheerderAlleVersies(rij.landelijkPseudoniem(), rij.landelijkSleutelversie()), eigen)));
        }).toList();

        logboek.leg(context, RAADPLEGEN, null, null, start, Logboek.OK);
        return new BestuurlijkeHistorieBeeld(vergunning.vergunningnummer(), eigen, vergunning.exploitantId(),
                exploitanten.lees(vergunning.exploitantId()).kvkNummer(), exploitant, beheerders);
    }

    private static List<BestuurlijkeHistorieBeeld.Vermelding> vermeldingen(List<HistorieRij> rijen) {
        return rijen.stream().map(r -> new BestuurlijkeHistorieBeeld.Vermelding(r.gemeenteCode(), r.gemeentenaam(),
                r.datum(), Historiesoort.valueOf(r.soort()))).toList();
    }
}
