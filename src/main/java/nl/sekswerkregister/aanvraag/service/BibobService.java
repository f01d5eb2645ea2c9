package nl.sekswerkregister.aanvraag.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.sekswerkregister.aanvraag.domain.Gevaarsmate;
import nl.sekswerkregister.aanvraag.domain.Historiegebeurtenis;
import nl.sekswerkregister.aanvraag.repository.AanvraagRepository;
import nl.sekswerkregister.aanvraag.repository.AanvraagRepository.AanvraagRij;
import nl.sekswerkregister.aanvraag.repository.AanvraagRepository.BibobRij;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;

/**
 * Bibob investigations of an application (Wet bevordering integriteitsbeoordelingen door het openbaar
 * bestuur): started, advice asked of the Landelijk Bureau Bibob (art. 9), advice received with its
 * degree of danger (art. 3). The register keeps that they exist, their dates and the degree; never the
 * advice, which is secret (art. 28) and stays in the case file. Each step is taken once and in order
 * (409 otherwise); the database refuses to change a step once set (V23).
 */
@ApplicationScoped
public class BibobService {

    private final AanvraagRepository aanvragen;
    private final AanvraagService zaken;
    private final Dossiertoegang toegang;
    private final Klok klok;

    public BibobService(AanvraagRepository aanvragen, AanvraagService zaken, Dossiertoegang toegang, Klok klok) {
        this.aanvragen = aanvragen;
        this.zaken = zaken;
        this.toegang = toegang;
        this.klok = klok;
    }

    @Transactional
    public BibobBeeld start(String vergunningnummer, LocalDate gestartOp) {
        AanvraagRij a = zaken.vergrendel(vergunningnummer, null);
        Invoerfouten fouten = new Invoerfouten();
        datum(fouten, "gestartOp", gestartOp, a.ontvangenOp(), "de ontvangst van de aanvraag");
        fouten.valideer();
        vereisOpen(a);
        UUID id = UUID.randomUUID();
        aanvragen.voegBibobToe(id, a.vergunningId(), a.gemeenteCode(), a.exploitantId(), gestartOp, klok.nu());
        zaken.historie(a, Historiegebeurtenis.BIBOB_GESTART, a.status(), gestartOp);
        return beeld(aanvragen.bibobMetId(id).orElseThrow());
    }

    @Transactional
    public BibobBeeld vraagAdvies(String vergunningnummer, UUID id, LocalDate gevraagdOp) {
        AanvraagRij a = zaken.vergrendel(vergunningnummer, null);
        BibobRij b = onderzoek(a, id);
        Invoerfouten fouten = new Invoerfouten();
        datum(fouten, "adviesGevraagdOp", gevraagdOp, b.gestartOp(), "de start van het onderzoek");
        fouten.valideer();
        vereisOpen(a);
        if (b.adviesGevraagdOp() != null) {
            throw ProbleemException.conflict("Het advies is al gevraagd (op " + b.adviesGevraagdOp() + ").");
        }
        aanvragen.zetAdviesGevraagd(id, gevraagdOp);
        zaken.historie(a, Historiegebeurtenis.BIBOB_ADVIES_GEVRAAGD, a.status(), gevraagdOp);
        return beeld(aanvragen.bibobMetId(id).orElseThrow());
    }

    @Transactional
    public BibobBeeld legAdviesVast(String vergunningnummer, UUID id, LocalDate ontvangenOp, Gevaarsmate mate) {
        AanvraagRij a = zaken.vergrendel(vergunningnummer, null);
        BibobRij b = onderzoek(a, id);
        if (b.adviesGevraagdOp() == null) {
            throw ProbleemException.conflict("Er is nog geen advies gevraagd aan het Landelijk Bureau Bibob; leg eerst "
                    + "de adviesaanvraag vast.");
        }
        Invoerfouten fouten = new Invoerfouten();
        datum(fouten, "adviesOntvangenOp", ontvangenOp, b.adviesGevraagdOp(), "de adviesaanvraag");
        fouten.valideer();
        vereisOpen(a);
        if (b.adviesOntvangenOp() != null) {
            throw ProbleemException.conflict("Het advies is al vastgelegd (ontvangen op " + b.adviesOntvangenOp() + ").");
        }
        aanvragen.zetAdvies(id, ontvangenOp, mate);
        zaken.historie(a, Historiegebeurtenis.BIBOB_ADVIES_ONTVANGEN, a.status(), ontvangenOp);
        return beeld(aanvragen.bibobMetId(id).orElseThrow());
    }

    public List<BibobBeeld> lijst(String vergunningnummer) {
        AanvraagRij a = zaken.vind(vergunningnummer);
        toegang.vereisLeesrecht(a.gemeenteCode());
        return aanvragen.bibob(a.vergunningId()).stream().map(BibobService::beeld).toList();
    }

    public BibobBeeld lees(String vergunningnummer, UUID id) {
        AanvraagRij a = zaken.vind(vergunningnummer);
        toegang.vereisLeesrecht(a.gemeenteCode());
        return beeld(onderzoek(a, id));
    }

    /**
     * For the national history of operators (not an endpoint of its own): the Bibob advices of serious
     * danger about this operator in municipalities other than {@code behalveGemeente}. No access check
     * here: the caller is the purpose-bound history operation, which checks and logs the look.
     */
    public List<BibobErnstBeeld> ernstigElders(UUID exploitantId, String behalveGemeente) {
        return aanvragen.ernstigElders(exploitantId, behalveGemeente).stream()
                .map(b -> new BibobErnstBeeld(b.gemeenteCode(), b.vergunningnummer(), b.adviesOntvangenOp())).toList();
    }

    /** The same for one licence's applications (a renewal or transfer continues it) outside one municipality. */
    public List<BibobErnstBeeld> ernstigVoorVergunningElders(String vergunningnummer, String behalveGemeente) {
        return aanvragen.ernstigVoorVergunningElders(vergunningnummer, behalveGemeente).stream()
                .map(b -> new BibobErnstBeeld(b.gemeenteCode(), b.vergunningnummer(), b.adviesOntvangenOp())).toList();
    }

    private BibobRij onderzoek(AanvraagRij a, UUID id) {
        return aanvragen.bibobMetId(id).filter(b -> b.vergunningId().equals(a.vergunningId()))
                .orElseThrow(() -> ProbleemException.nietGevonden("Deze aanvraag heeft geen Bibob-onderzoek met dit id."));
    }

    private void datum(Invoerfouten fouten, String veld, LocalDate datum, LocalDate nietVoor, String wat) {
        if (datum.isAfter(klok.vandaag())) {
            fouten.fout(veld, "toekomst", "Leg deze stap vast als zij gezet is, niet ervoor.");
        } else if (datum.isBefore(nietVoor)) {
            fouten.fout(veld, "volgorde", "Ligt vóór " + wat + " (" + nietVoor + ").");
        }
    }

    private static void vereisOpen(AanvraagRij a) {
        if (!a.status().isOpen()) {
            throw ProbleemException.conflict("De aanvraag heeft status " + a.status() + ": er is al beslist; een "
                    + "Bibob-onderzoek hoort bij een aanvraag in behandeling.");
        }
    }

    private static BibobBeeld beeld(BibobRij b) {
        return new BibobBeeld(b.id(), b.vergunningnummer(), b.gestartOp(), b.adviesGevraagdOp(), b.adviesOntvangenOp(),
                b.mateVanGevaar(), b.besluitId());
    }
}
