package nl.sekswerkregister.registratie.service;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.Gebeurtenissen;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.privacy.Identificatie;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Registratiegeldigheid;
import nl.sekswerkregister.regelset.service.LandelijkKaderService;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;
import nl.sekswerkregister.regelset.service.RegelsetService;
import nl.sekswerkregister.registratie.domain.Intrekkingsmarkering;
import nl.sekswerkregister.registratie.domain.Leeftijdsband;
import nl.sekswerkregister.registratie.domain.Registratie;
import nl.sekswerkregister.registratie.domain.RegistratieStatus;
import nl.sekswerkregister.registratie.repository.IntrekkingsmarkeringRepository;
import nl.sekswerkregister.registratie.repository.RegistratieRepository;

/**
 * Registrations of sex workers. Identifiers become pseudonyms on arrival and go no further; every
 * look at a registration writes a processing record in the same transaction.
 */
@ApplicationScoped
public class RegistratieService {

    /** The oldest plausible age of a person registering, in years; documented in the contract. */
    static final int MAXIMALE_LEEFTIJD = 100;

    private final RegistratieRepository repository;
    private final IntrekkingsmarkeringRepository markeringen;
    private final Pseudonimisering pseudoniemen;
    private final RegelsetService regelsets;
    private final LandelijkKaderService kaders;
    private final GemeenteService gemeenten;
    private final Logboek logboek;
    private final Toegang toegang;
    private final Gebruiker gebruiker;
    private final RegistratieConfig config;
    private final Klok klok;
    private final Gebeurtenissen gebeurtenissen;

    public RegistratieService(RegistratieRepository repository, IntrekkingsmarkeringRepository markeringen,
                              Pseudonimisering pseudoniemen, RegelsetService regelsets, LandelijkKaderService kaders,
                              GemeenteService gemeenten, Logboek logboek, Toegang toegang, Gebruiker gebruiker,
                              RegistratieConfig config, Klok klok, Gebeurtenissen gebeurtenissen) {
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
        this.markeringen = markeringen;
        this.pseudoniemen = pseudoniemen;
        this.regelsets = regelsets;
        this.kaders = kaders;
        this.gemeenten = gemeenten;
        this.logboek = logboek;
        this.toegang = toegang;
        this.gebruiker = gebruiker;
        this.config = config;
        this.klok = klok;
    }

    @Transactional
    public RegistratieBeeld registreer(RegistratieGegevens aanvraag, Verwerkingscontext context) {
        Instant start = klok.nu();
        LocalDate vandaag = klok.vandaag();
        Invoerfouten fouten = new Invoerfouten();
        Identificatie id = aanvraag.identificatie();
        if (!gemeenten.bestaat(aanvraag.gemeenteCode())) {
            fouten.fout("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        if (aanvraag.intakedatum().isAfter(vandaag)) {
            fouten.fout("intakedatum", "toekomst", "Het intakegesprek moet al hebben plaatsgevonden.");
        }
        if (!aanvraag.geboortedatum().isBefore(vandaag)) {
            fouten.fout("geboortedatum", "toekomst", "Moet in het verleden liggen.");
        } else if (aanvraag.geboortedatum().isBefore(vandaag.minusYears(MAXIMALE_LEEFTIJD))) {
            // A typing error (1899 for 1999), not a person: the age band would be computed from it.
            fouten.fout("geboortedatum", "bereik", "Moet in de afgelopen " + MAXIMALE_LEEFTIJD + " jaar liggen.");
        }
        if (aanvraag.herhaalgesprekOp() != null && aanvraag.herhaalgesprekOp().isAfter(vandaag)) {
            fouten.fout("herhaalgesprekOp", "toekomst", "Het herhaalgesprek moet al hebben plaatsgevonden.");
        }
        fouten.valideer();
        toegang.vereisSchrijfrecht(aanvraag.gemeenteCode());
        String operatie = "registratie.aanmaken";

        // Data about a person's sex life (GDPR art. 9) may be processed only where a rule in force
        // requires it: the municipality's rule set, or a national framework that is law (not a bill).
        if (!registratieplichtig(aanvraag.gemeenteCode(), vandaag)) {
            logboek.legMislukt(context, operatie, pseudoniemen.logboek(id), start);
            throw new ProbleemException(ProbleemSoort.GEEN_REGISTRATIEPLICHT, "In deze gemeente geldt vandaag geen "
                    + "registratieplicht: geen regelset van de gemeente en geen landelijk kader dat in werking is, schrijft "
                    + "registratie voor. Zonder zo'n regel mogen deze bijzondere persoonsgegevens niet worden verwerkt.",
                    List.of(new OngeldigeParameter("gemeenteCode", "geen-registratieplicht",
                            "Registreren kan alleen in een gemeente waar vandaag een registratieplicht geldt.")));
        }

        Regels regels = regelsInWerking(aanvraag.gemeenteCode(), vandaag);
        int leeftijd = Leeftijdsband.leeftijd(aanvraag.geboortedatum(), vandaag);
        int minimum = regels.minimumleeftijd() == null ? 18 : regels.minimumleeftijd();
        if (leeftijd < minimum) {
            throw ProbleemException.ongeldig(List.of(new OngeldigeParameter("geboortedatum", "minimumleeftijd",
                    "Onder de minimumleeftijd van " + minimum + " jaar die in deze gemeente geldt.")));
        }

        String landelijk = pseudoniemen.landelijk(id);
        // One registration per person: serialise this person's registrations (any instance), then
        // look under every key version. The unique index registratie_een_actieve_per_persoon_uk
        // stands behind this.
        repository.vergrendelPersoon(landelijk);
        for (Registratie bestaand : repository.lopendVan(pseudoniemen.landelijkAlleVersies(id))) {
            if (bestaand.status(vandaag) == RegistratieStatus.VERLOPEN) {
                bestaand.markeerVerlopen();
            } else {
                logboek.legMislukt(context, operatie, pseudoniemen.logboek(id), start);
                throw new ProbleemException(ProbleemSoort.CONFLICT,
                        "Deze persoon heeft al een lopende registratie. Een persoon kan maar één registratie tegelijk hebben.");
            }
        }
        // A recent revocation anywhere asks for a repeat interview by this municipality first. The
        // answer says only that: not where, when or why, and an interview dated before the revocation
        // gets the same answer as none, so that no date can be probed.
        Optional<LocalDate> ingetrokkenOp = markeringen.laatsteInWerking(pseudoniemen.landelijkAlleVersies(id), vandaag);
        if (ingetrokkenOp.isPresent() && (aanvraag.herhaalgesprekOp() == null
                || aanvraag.herhaalgesprekOp().isBefore(ingetrokkenOp.get()))) {
            logboek.legMislukt(context, operatie, pseudoniemen.logboek(id), start);
            throw new ProbleemException(ProbleemSoort.HERHAALGESPREK_VEREIST, "Voor deze persoon is eerst een "
                    + "herhaalgesprek nodig. Registreer na dat gesprek opnieuw, met de datum in herhaalgesprekOp.",
                    List.of(new OngeldigeParameter("herhaalgesprekOp", "herhaalgesprek-vereist",
                            "Een herhaalgesprek door uw gemeente is vereist voordat deze persoon kan worden geregistreerd.")));
        }
        repository.flush();
        int maanden = geldigheid(regels).maandenVoorLeeftijd(leeftijd);
        Registratie registratie = new Registratie(Registratienummer.nieuw(), aanvraag.gemeenteCode(), landelijk,
                pseudoniemen.landelijkeSleutels().actieveVersie(), pseudoniemen.gemeente(id, aanvraag.gemeenteCode()),
                pseudoniemen.gemeentelijkeSleutels().actieveVersie(),
                Leeftijdsband.van(leeftijd), aanvraag.intakedatum(),
                aanvraag.werknaam(), aanvraag.herhaalgesprekOp(), vandaag,
                vandaag.plusMonths(maanden).minusDays(1), klok.nu());
        repository.persist(registratie);
        logboek.leg(context, operatie, pseudoniemen.logboek(id), registratie.id(), start, Logboek.OK);
        repository.flush();
        return RegistratieBeeld.van(registratie, vandaag);
    }

    /** The full record, for the registering municipality only: to anyone else it does not exist (404). */
    @Transactional
    public RegistratieBeeld lees(String nummer, Verwerkingscontext context) {
        Instant start = klok.nu();
        Registratie registratie = eigen(nummer, context, "registratie.raadplegen", start);
        logboek.leg(context, "registratie.raadplegen", null, registratie.id(), start, Logboek.OK);
        return RegistratieBeeld.van(registratie, klok.vandaag());
    }

    /** The hot path: one projection lookup and one log insert, in one transaction. */
    @Transactional
    public RegistratiestatusBeeld controleer(String nummer, String gemeenteCode, Verwerkingscontext context) {
        Instant start = klok.nu();
        LocalDate vandaag = klok.vandaag();
        if (gemeenteCode != null && !gemeenten.bestaat(gemeenteCode)) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        Optional<RegistratieRepository.StatusRij> rij = statusGelogd(nummer, context, start);
        RegistratieStatus status = rij.map(r -> RegistratieStatus.actueel(r.status(), r.geldigTot(), vandaag))
                .orElse(null);
        boolean geldig = status == RegistratieStatus.ACTIEF;
        boolean handhaver = gebruiker.heeftRol(Rol.HANDHAVER);
        Boolean erkend = null;
        if (gemeenteCode != null && rij.isPresent() && geldig && handhaver) {
            var erkenning = regelsInWerking(gemeenteCode, vandaag).erkenning();
            erkend = erkenning == null ? null : erkenning.erkent(gemeenteCode, rij.get().gemeenteCode());
        }
        if (!handhaver) {
            // A verificateur (operators' and platforms' systems) learns valid or not, nothing more: an end
            // date can reveal the under-21 term, and recognition where it is limited reveals where a
            // person registered.
            return new RegistratiestatusBeeld(nummer, geldig, null, null, null, null, klok.nu());
        }
        if (rij.isEmpty()) {
            logboek.legMislukt(context, "registratie.statuscontrole", start);
            throw ProbleemException.nietGevonden("Er is geen registratie met dit nummer.");
        }
        return new RegistratiestatusBeeld(nummer, geldig, status.name(), rij.get().geldigTot(), gemeenteCode, erkend,
                klok.nu());
    }

    /**
     * The hit/no-hit alone, for an inspection that keeps only the outcome of a number shown at the door:
     * valid or not, never an error for a number that does not exist, and logged as every status check
     * is (the person may see in their access report that their registration was checked). Inside the
     * caller's transaction, so an inspection that is refused leaves no check behind.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isGeldig(String nummer, Verwerkingscontext context) {
        LocalDate vandaag = klok.vandaag();
        return statusGelogd(nummer, context, klok.nu())
                .map(r -> RegistratieStatus.actueel(r.status(), r.geldigTot(), vandaag) == RegistratieStatus.ACTIEF)
                .orElse(false);
    }

    /** One status lookup and its processing record: a number that is not found is logged as FOUT. */
    private Optional<RegistratieRepository.StatusRij> statusGelogd(String nummer, Verwerkingscontext context, Instant start) {
        Optional<RegistratieRepository.StatusRij> rij = repository.status(nummer);
        logboek.leg(context, "registratie.statuscontrole", null, rij.map(RegistratieRepository.StatusRij::id).orElse(null),
                start, rij.isPresent() ? Logboek.OK : Logboek.FOUT);
        return rij;
    }

    @Transactional
    public RegistratieBeeld besluit(String nummer, RegistratieBesluitGegevens aanvraag, Verwerkingscontext context) {
        Instant start = klok.nu();
        LocalDate vandaag = klok.vandaag();
        String operatie = "registratie.besluit." + aanvraag.besluittype().name().toLowerCase();
        Registratie registratie = eigen(nummer, context, operatie, start);
        toegang.vereisSchrijfrecht(registratie.gemeenteCode());
        RegistratieStatus huidig = registratie.status(vandaag);
        switch (aanvraag.besluittype()) {
            case SCHORSEN -> overgang(registratie, huidig, RegistratieStatus.ACTIEF, RegistratieStatus.GESCHORST, vandaag);
            case SCHORSING_OPHEFFEN -> overgang(registratie, huidig, RegistratieStatus.GESCHORST, RegistratieStatus.ACTIEF, vandaag);
            case INTREKKEN -> {
                if (!huidig.isLopend()) {
                    throw ongeldig(aanvraag, huidig);
                }
                registratie.wijzigStatus(RegistratieStatus.INGETROKKEN, vandaag);
                // The revocation follows the person, also past this registration's retention.
                markeringen.persist(new Intrekkingsmarkering(registratie.landelijkPseudoniem(),
                        registratie.landelijkSleutelversie(), vandaag,
                        vandaag.plusMonths(config.herhaalgesprekNaIntrekkingMaanden()).minusDays(1)));
            }
            case VERLENGEN -> {
                if (huidig != RegistratieStatus.ACTIEF) {
                    throw ongeldig(aanvraag, huidig);
                }
                int leeftijd = Leeftijdsband.ondergrens(registratie.leeftijdsband())
                        + (vandaag.getYear() - registratie.geldigVanaf().getYear());
                int maanden = geldigheid(regelsInWerking(registratie.gemeenteCode(), vandaag)).maandenVoorLeeftijd(leeftijd);
                registratie.verlengTot(registratie.geldigTot().plusMonths(maanden));
            }
        }
        repository.legBesluitVast(registratie.id(), aanvraag.besluittype().name(), aanvraag.motivering(),
                registratie.status(vandaag), registratie.geldigTot(), klok.nu());
        logboek.leg(context, operatie, null, registratie.id(), start, Logboek.OK);
        repository.flush();
        // Number, status and term only: never the motivation, which may describe the person.
        gebeurtenissen.leg(switch (aanvraag.besluittype()) {
            case SCHORSEN -> Gebeurtenistype.REGISTRATIE_GESCHORST;
            case SCHORSING_OPHEFFEN -> Gebeurtenistype.REGISTRATIE_SCHORSING_OPGEHEVEN;
            case INTREKKEN -> Gebeurtenistype.REGISTRATIE_INGETROKKEN;
            case VERLENGEN -> Gebeurtenistype.REGISTRATIE_VERLENGD;
        }, registratie.registratienummer(), registratie.gemeenteCode(), "/api/v1/registraties/"
                + registratie.registratienummer(), Gebeurtenissen.data("registratienummer", registratie.registratienummer(),
                "gemeenteCode", registratie.gemeenteCode(), "besluittype", aanvraag.besluittype(),
                "status", registratie.status(vandaag), "geldigTot", registratie.geldigTot()));
        return RegistratieBeeld.van(registratie, vandaag);
    }

    /** The registering municipality finds its own records of a person; never another municipality's. */
    @Transactional
    public List<RegistratieBeeld> zoek(Identificatie id, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = gebruiker.gemeenteCode().orElseThrow(() ->
                ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente')."));
        List<Registratie> gevonden = repository.vanGemeente(gemeente, pseudoniemen.gemeenteAlleVersies(id, gemeente));
        logboek.leg(context, "registratie.zoeken", pseudoniemen.logboek(id), null, start, Logboek.OK);
        LocalDate vandaag = klok.vandaag();
        return gevonden.stream().map(r -> RegistratieBeeld.van(r, vandaag)).toList();
    }

    private Registratie eigen(String nummer, Verwerkingscontext context, String operatie, Instant start) {
        Optional<Registratie> gevonden = repository.metNummer(nummer)
                .filter(r -> gebruiker.gemeenteCode().map(r.gemeenteCode()::equals).orElse(false));
        if (gevonden.isEmpty()) {
            logboek.legMislukt(context, operatie, start);
            throw ProbleemException.nietGevonden("Er is geen registratie met dit nummer in uw gemeente.");
        }
        return gevonden.get();
    }

    /** A rule in force on that day requires registration: the municipality's rule set, or a framework that is law. */
    private boolean registratieplichtig(String gemeenteCode, LocalDate datum) {
        boolean gemeentelijk = regelsets.inWerking(gemeenteCode, datum)
                .map(r -> Boolean.TRUE.equals(r.regels().registratieplicht())).orElse(false);
        return gemeentelijk || kaders.inWerking(datum).stream()
                .anyMatch(k -> Boolean.TRUE.equals(k.regels().registratieplicht()));
    }

    private Regels regelsInWerking(String gemeenteCode, LocalDate datum) {
        return regelsets.inWerking(gemeenteCode, datum).map(RegelsetBeeld::regels)
                .or(() -> kaders.lees(LandelijkKaderService.STANDAARD, null).map(k -> k.regels()))
                .orElse(Regels.LEEG);
    }

    private Registratiegeldigheid geldigheid(Regels regels) {
        if (regels.registratiegeldigheid() != null) {
            return regels.registratiegeldigheid();
        }
        return kaders.lees(LandelijkKaderService.STANDAARD, null).map(k -> k.regels().registratiegeldigheid())
                .orElse(new Registratiegeldigheid(config.standaardGeldigheidMaanden(), null, null));
    }

    private static void overgang(Registratie r, RegistratieStatus huidig, RegistratieStatus van, RegistratieStatus naar,
                                 LocalDate vandaag) {
        if (huidig != van) {
            throw new ProbleemException(ProbleemSoort.ONGELDIGE_STATUSOVERGANG,
                    "Dit besluit is niet mogelijk: de registratie heeft status " + huidig + ".");
        }
        r.wijzigStatus(naar, vandaag);
    }

    private static ProbleemException ongeldig(RegistratieBesluitGegevens aanvraag, RegistratieStatus huidig) {
        return new ProbleemException(ProbleemSoort.ONGELDIGE_STATUSOVERGANG,
                "Dit besluit is niet mogelijk: de registratie heeft status " + huidig + ".");
    }
}
