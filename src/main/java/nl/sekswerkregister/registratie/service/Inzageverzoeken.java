package nl.sekswerkregister.registratie.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.InzageService;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.privacy.Betrokkene;
import nl.sekswerkregister.privacy.Identificatie;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.registratie.domain.Inzageverzoek;
import nl.sekswerkregister.registratie.domain.InzageverzoekStatus;
import nl.sekswerkregister.registratie.repository.InzageverzoekRepository;
import nl.sekswerkregister.registratie.repository.RegistratieRepository;

/**
 * Access requests (GDPR art. 15). The report belongs to the person, not to the officer:
 * <ul>
 *   <li>at the desk, an officer files a request on the person's behalf (as intermediary) at a
 *       municipality that registered them; a second officer of that municipality approves it, and the
 *       municipality then sees only its own part of the report. Every officer has a daily limit, and
 *       every request, approval and refusal is logged;</li>
 *   <li>the whole national report goes to the person, authenticated by an identity broker behind DigiD
 *       (role {@code betrokkene}, their BSN in a claim).</li>
 * </ul>
 */
@ApplicationScoped
public class Inzageverzoeken {

    static final String INDIENEN = "inzageverzoek.indienen";
    static final String GOEDKEUREN = "inzageverzoek.goedkeuren";
    static final String RAADPLEGEN = "inzageverzoek.raadplegen";
    static final String DOOR_BETROKKENE = "inzage.betrokkene";

    private final InzageverzoekRepository verzoeken;
    private final RegistratieRepository registraties;
    private final InzageverzoekWeigeringen weigeringen;
    private final InzageService inzage;
    private final Pseudonimisering pseudoniemen;
    private final GemeenteService gemeenten;
    private final Logboek logboek;
    private final Gebruiker gebruiker;
    private final InzageConfig config;
    private final Klok klok;

    public Inzageverzoeken(InzageverzoekRepository verzoeken, RegistratieRepository registraties,
                           InzageverzoekWeigeringen weigeringen, InzageService inzage, Pseudonimisering pseudoniemen,
                           GemeenteService gemeenten, Logboek logboek, Gebruiker gebruiker, InzageConfig config, Klok klok) {
        this.verzoeken = verzoeken;
        this.registraties = registraties;
        this.weigeringen = weigeringen;
        this.inzage = inzage;
        this.pseudoniemen = pseudoniemen;
        this.gemeenten = gemeenten;
        this.logboek = logboek;
        this.gebruiker = gebruiker;
        this.config = config;
        this.klok = klok;
    }

    /**
     * Files a request on the person's behalf. Only at a municipality that registered them, now or
     * according to the log (retention deletes registrations, not their log entries): anywhere else
     * the answer would tell the officer where a person is registered, so it is 404.
     */
    @Transactional
    public InzageverzoekBeeld dienIn(Identificatie persoon, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = eigenGemeente(context, INDIENEN, start);
        String tussenpersoon = gebruiker.subject();
        verzoeken.vergrendelTussenpersoon(tussenpersoon);
        Instant vandaag = klok.vandaag().atStartOfDay(Klok.NEDERLAND).toInstant();
        if (verzoeken.aantalVan(tussenpersoon, vandaag) >= config.maxVerzoekenPerDag()) {
            logboek.legMislukt(context, INDIENEN, start);
            Instant morgen = klok.vandaag().plusDays(1).atStartOfDay(Klok.NEDERLAND).toInstant();
            throw ProbleemException.teVeel("U heeft vandaag al " + config.maxVerzoekenPerDag() + " inzageverzoeken "
                    + "ingediend, het maximum per medewerker per dag. Morgen kan het weer.",
                    Duration.between(start, morgen).toSeconds());
        }
        Betrokkene betrokkene = pseudoniemen.logboek(persoon);
        boolean geregistreerd = !registraties.vanGemeente(gemeente, pseudoniemen.gemeenteAlleVersies(persoon, gemeente))
                .isEmpty() || inzage.referentie(betrokkene).map(r -> inzage.registreerdeBij(r, gemeente)).orElse(false);
        if (!geregistreerd) {
            weigeringen.leg(context, gemeente, start);
            throw ProbleemException.nietGevonden("Deze persoon is niet in uw gemeente geregistreerd (geweest). Een "
                    + "inzageverzoek aan de balie wordt gedaan bij een gemeente van registratie; de persoon kan het "
                    + "volledige rapport ook zelf opvragen met DigiD.");
        }
        Inzageverzoek verzoek = Inzageverzoek.ingediend(gemeente, inzage.referentieVoor(betrokkene), tussenpersoon, start);
        verzoeken.persist(verzoek);
        logboek.leg(context, INDIENEN, betrokkene, null, start, Logboek.OK);
        return InzageverzoekBeeld.van(verzoek, null);
    }

    /**
     * A second officer of the same municipality approves; the answer holds the municipality's own part
     * of the report. The officer who filed the request cannot approve it (four eyes).
     */
    @Transactional
    public InzageverzoekBeeld keurGoed(UUID id, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = eigenGemeente(context, GOEDKEUREN, start);
        Inzageverzoek verzoek = verzoeken.voorGoedkeuring(id)
                .filter(v -> v.gemeenteCode().equals(gemeente) && v.status() != InzageverzoekStatus.GEWEIGERD)
                .orElseThrow(() -> nietGevonden(context, GOEDKEUREN, start));
        if (verzoek.status() != InzageverzoekStatus.WACHT_OP_GOEDKEURING) {
            logboek.legMislukt(context, GOEDKEUREN, start);
            throw new ProbleemException(ProbleemSoort.ONGELDIGE_STATUSOVERGANG,
                    "Dit inzageverzoek is al goedgekeurd; het rapport staat bij het verzoek.");
        }
        if (verzoek.tussenpersoon().equals(gebruiker.subject())) {
            logboek.legMislukt(context, GOEDKEUREN, start);
            throw ProbleemException.geenToegang("U heeft dit inzageverzoek zelf ingediend. Een tweede medewerker van "
                    + "uw gemeente keurt het goed (vier ogen).");
        }
        verzoek.keurGoed(gebruiker.subject(), start);
        List<nl.sekswerkregister.dataverwerking.service.InzageregelBeeld> deel =
                inzage.rapportVan(verzoek.betrokkene(), gemeente);
        logboek.legVoorReferentie(context, GOEDKEUREN, verzoek.betrokkene(), null, start, Logboek.OK);
        verzoeken.flush();
        return InzageverzoekBeeld.van(verzoek, deel);
    }

    /**
     * One request: for its municipality's licensing officers, with the municipality's part of the
     * report once approved (a processing, so logged); for auditors, without any report.
     */
    @Transactional
    public InzageverzoekBeeld lees(UUID id, Verwerkingscontext context) {
        Instant start = klok.nu();
        if (gebruiker.heeftRol(Rol.AUDITOR)) {
            return verzoeken.findByIdOptional(id).map(v -> InzageverzoekBeeld.van(v, null))
                    .orElseThrow(() -> ProbleemException.nietGevonden("Er is geen inzageverzoek met dit id."));
        }
        String gemeente = eigenGemeente(context, RAADPLEGEN, start);
        Inzageverzoek verzoek = verzoeken.findByIdOptional(id)
                .filter(v -> v.gemeenteCode().equals(gemeente) && v.status() != InzageverzoekStatus.GEWEIGERD)
                .orElseThrow(() -> nietGevonden(context, RAADPLEGEN, start));
        if (verzoek.status() != InzageverzoekStatus.GOEDGEKEURD) {
            return InzageverzoekBeeld.van(verzoek, null);
        }
        var deel = inzage.rapportVan(verzoek.betrokkene(), gemeente);
        logboek.legVoorReferentie(context, RAADPLEGEN, verzoek.betrokkene(), null, start, Logboek.OK);
        return InzageverzoekBeeld.van(verzoek, deel);
    }

    /** Who requested what, for auditors: no person, only municipality, officers, status and times. */
    public Pagina<InzageverzoekBeeld> lijst(String gemeenteCode, Paginering paginering) {
        if (gemeenteCode != null && !gemeenten.bestaat(gemeenteCode)) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        return Pagina.uit(verzoeken.pagina(gemeenteCode, paginering.offset(), paginering.pageSize() + 1), paginering)
                .map(v -> InzageverzoekBeeld.van(v, null));
    }

    /**
     * The person's own, whole report, for a token of role {@code betrokkene} whose BSN claim (name:
     * sekswerkregister.inzage.bsn-claim) passes the elfproef. The BSN goes no further than its log
     * pseudonym; it is never logged or echoed.
     */
    @Transactional
    public InzagerapportBeeld eigenRapport(Verwerkingscontext context) {
        Instant start = klok.nu();
        Optional<String> bsn = gebruiker.tekstclaim(config.bsnClaim()).filter(Identificatie::isGeldigBsn);
        if (bsn.isEmpty()) {
            logboek.legMislukt(context, DOOR_BETROKKENE, start);
            throw ProbleemException.geenToegang("Uw token draagt geen geldig BSN in de claim '" + config.bsnClaim()
                    + "'. Log in via de identity broker (DigiD) die deze dienst vertrouwt.");
        }
        Betrokkene betrokkene = pseudoniemen.logboek(new Identificatie.Bsn(bsn.get()));
        var rapport = inzage.referentie(betrokkene).map(inzage::rapport).orElse(List.of());
        logboek.leg(context, DOOR_BETROKKENE, betrokkene, null, start, Logboek.OK);
        return new InzagerapportBeeld(rapport, start);
    }

    private String eigenGemeente(Verwerkingscontext context, String operatie, Instant start) {
        Optional<String> gemeente = gebruiker.gemeenteCode();
        if (gemeente.isEmpty()) {
            logboek.legMislukt(context, operatie, start);
            throw ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente').");
        }
        return gemeente.get();
    }

    private ProbleemException nietGevonden(Verwerkingscontext context, String operatie, Instant start) {
        logboek.legMislukt(context, operatie, start);
        return ProbleemException.nietGevonden("Er is geen inzageverzoek met dit id in uw gemeente.");
    }
}
