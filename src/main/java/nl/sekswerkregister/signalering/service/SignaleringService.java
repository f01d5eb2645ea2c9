package nl.sekswerkregister.signalering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.signalering.domain.Signaleringsoort;
import nl.sekswerkregister.signalering.repository.SignaleringRepository;
import nl.sekswerkregister.signalering.repository.SignaleringRepository.AfsluitingRij;
import nl.sekswerkregister.signalering.repository.SignaleringRepository.SignaleringRij;
import nl.sekswerkregister.vergunning.service.Vestigingsregister;

/**
 * Premises and advertisements where sex work is offered without a licence (signaleringen).
 *
 * <p>Scope. The municipality's enforcement officer records and closes its signals; its enforcement
 * lawyer and policy officers read them; the auditor reads everywhere. To anyone else in another
 * municipality a signal does not exist (404, an empty list), never 403: a signal names an address
 * that may be somebody's home, and whether enforcement is looking at it is nobody else's business.
 * The patchwork analysis sees them only as counts per municipality ({@link #waarnemingen}).
 *
 * <p>The phone number of an advertisement is often the worker's own. It is turned into the
 * municipality's pseudonym at once and never stored, logged or echoed; the same number in two
 * signals of one municipality gets the same pseudonym, so enforcement sees that two advertisements
 * are one advertiser, and nothing in another municipality matches it.
 *
 * <p>Accountability. Every write and read is attributed and in the processing log with its purpose.
 */
@ApplicationScoped
public class SignaleringService {

    static final String VASTLEGGEN = "signalering.vastleggen";
    static final String AFSLUITEN = "signalering.afsluiten";
    static final String RAADPLEGEN = "signalering.raadplegen";
    static final String ZOEKEN = "signalering.zoeken";
    /** Kept to 0.001 degree, the precision of the municipal boundaries (see migration V18). */
    static final int DECIMALEN = 3;
    private static final String NIET_GEVONDEN = "Er is geen signalering met dit id die u mag zien.";

    private final SignaleringRepository signaleringen;
    private final Vestigingsregister vestigingen;
    private final GemeenteService gemeenten;
    private final Pseudonimisering pseudoniemen;
    private final Gebruiker gebruiker;
    private final Logboek logboek;
    private final Klok klok;
    private final Toegang toegang;

    public SignaleringService(SignaleringRepository signaleringen, Vestigingsregister vestigingen,
                              GemeenteService gemeenten, Pseudonimisering pseudoniemen, Gebruiker gebruiker,
                              Logboek logboek, Klok klok, Toegang toegang) {
        this.toegang = toegang;
        this.signaleringen = signaleringen;
        this.vestigingen = vestigingen;
        this.gemeenten = gemeenten;
        this.pseudoniemen = pseudoniemen;
        this.gebruiker = gebruiker;
        this.logboek = logboek;
        this.klok = klok;
    }

    @Transactional
    public SignaleringBeeld leg(SignaleringGegevens gegevens, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = gegevens.gemeenteCode();
        if (!gebruiker.heeftRol(Rol.HANDHAVER) || !isEigen(gemeente)) {
            throw ProbleemException.geenToegang("Alleen een handhaver van de gemeente zelf legt signaleringen voor "
                    + "haar vast; uw token noemt een andere gemeente of geen gemeente.");
        }
        Invoerfouten fouten = new Invoerfouten();
        if (!gemeenten.bestaat(gemeente)) {
            fouten.fout("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        if (gegevens.datum().isAfter(klok.vandaag())) {
            fouten.fout("datum", "toekomst", "Een signalering gaat over wat al is waargenomen: de datum ligt niet na vandaag.");
        }
        fouten.valideer();
        UUID vestigingId = gegevens.adres() == null ? null : vestigingen.vestigingOp(gemeente, gegevens.adres());
        String pseudoniem = gegevens.telefoonnummer() == null ? null
                : pseudoniemen.telefoon(gegevens.telefoonnummer(), gemeente);
        UUID id = UUID.randomUUID();
        signaleringen.voegToe(new SignaleringRij(id, gemeente,
                gegevens.adres() == null ? Signaleringsoort.ADVERTENTIE : Signaleringsoort.ADRES, vestigingId,
                gegevens.platform(), gegevens.advertentiereferentie(), gegevens.bron(), gegevens.datum(),
                afgerond(gegevens.breedtegraad()), afgerond(gegevens.lengtegraad()), klok.nu(), gebruiker.subject(),
                gebruiker.rollen(), null, pseudoniem,
                pseudoniem == null ? null : pseudoniemen.gemeentelijkeSleutels().actieveVersie(), null));
        logboek.leg(context, VASTLEGGEN, null, null, start, Logboek.OK);
        return volledig(signaleringen.metId(id).orElseThrow());
    }

    /** Closes a signal with an outcome, as a record of its own; a signal is closed once (409 the second time). */
    @Transactional
    public SignaleringBeeld sluitAf(UUID id, AfsluitingGegevens afsluiting, Verwerkingscontext context) {
        Instant start = klok.nu();
        String eigen = gebruiker.gemeenteCode().orElseThrow(() ->
                ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente')."));
        Optional<SignaleringRij> gevonden = signaleringen.metId(id).filter(s -> s.gemeenteCode().equals(eigen));
        if (gevonden.isEmpty()) {
            logboek.legMislukt(context, AFSLUITEN, start);
            throw ProbleemException.nietGevonden(NIET_GEVONDEN);
        }
        SignaleringRij signalering = gevonden.get();
        Invoerfouten fouten = new Invoerfouten();
        if (afsluiting.datum().isBefore(signalering.datum())) {
            fouten.fout("datum", "voor-signalering", "Een signalering wordt niet afgesloten vóór haar eigen datum ("
                    + signalering.datum() + ").");
        }
        if (afsluiting.datum().isAfter(klok.vandaag())) {
            fouten.fout("datum", "toekomst", "De afsluiting legt vast wat al is gebeurd: de datum ligt niet na vandaag.");
        }
        fouten.valideer();
        if (signalering.afsluiting() != null || !signaleringen.sluitAf(new AfsluitingRij(id, afsluiting.uitkomst(),
                afsluiting.datum(), afsluiting.toelichting(), klok.nu(), gebruiker.subject(), gebruiker.rollen()))) {
            throw ProbleemException.conflict("Deze signalering is al afgesloten; een afsluiting wordt niet gewijzigd. "
                    + "Een nieuwe waarneming op dit adres is een nieuwe signalering.");
        }
        logboek.leg(context, AFSLUITEN, null, null, start, Logboek.OK);
        return volledig(signaleringen.metId(id).orElseThrow());
    }

    @Transactional
    public SignaleringBeeld lees(UUID id, Verwerkingscontext context) {
        Instant start = klok.nu();
        Optional<String> bereik = toegang.handhavingsbereik();
        Optional<SignaleringRij> gevonden = signaleringen.metId(id)
                .filter(s -> bereik.map(s.gemeenteCode()::equals).orElse(true));
        if (gevonden.isEmpty()) {
            logboek.legMislukt(context, RAADPLEGEN, start);
            throw ProbleemException.nietGevonden(NIET_GEVONDEN);
        }
        SignaleringBeeld beeld = volledig(gevonden.get());
        logboek.leg(context, RAADPLEGEN, null, null, start, Logboek.OK);
        return beeld;
    }

    @Transactional
    public Pagina<SignaleringBeeld> zoek(SignaleringFilter filter, Paginering paginering, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = toegang.handhavingsbereik().orElse(null);
        List<SignaleringBeeld> gevonden = signaleringen.lijst(gemeente, filter.open(), filter.vanaf(), filter.tot(),
                        filter.vestigingId(), paginering.offset(), paginering.pageSize() + 1)
                .stream().map(s -> beeld(s, null, null)).toList();
        logboek.leg(context, ZOEKEN, null, null, start, Logboek.OK);
        return Pagina.uit(gevonden, paginering);
    }

    /**
     * Every signal dated in [van, tot], nationwide, as counts need it: no address, no advertisement,
     * no pseudonym. For the patchwork analysis, which shows numbers, never lists.
     */
    @Transactional
    public List<WaarnemingBeeld> waarnemingen(LocalDate van, LocalDate tot) {
        return signaleringen.waarnemingen(van, tot).stream()
                .map(w -> new WaarnemingBeeld(w.gemeenteCode(), w.datum(),
                        w.breedtegraad() == null ? null : w.breedtegraad().doubleValue(),
                        w.lengtegraad() == null ? null : w.lengtegraad().doubleValue(), w.afgeslotenOp(), w.uitkomst()))
                .toList();
    }

    private boolean isEigen(String gemeenteCode) {
        return gebruiker.gemeenteCode().map(gemeenteCode::equals).orElse(false);
    }

    /** One signal with its follow-up: the same phone number elsewhere in the municipality, and the inspections since. */
    private SignaleringBeeld volledig(SignaleringRij s) {
        List<UUID> zelfdeTelefoon = s.telefoonPseudoniem() == null ? List.of() : signaleringen.metTelefoon(s.gemeenteCode(),
                pseudoniemen.telefoonAlleVersies(s.telefoonPseudoniem(), s.telefoonSleutelversie()), s.id());
        List<SignaleringBeeld.Controle> controles = s.vestigingId() == null ? List.of()
                : signaleringen.controles(s.vestigingId(), s.datum()).stream()
                        .map(c -> new SignaleringBeeld.Controle(c.id(), c.datum(), c.soort())).toList();
        return beeld(s, zelfdeTelefoon, controles);
    }

    private SignaleringBeeld beeld(SignaleringRij s, List<UUID> zelfdeTelefoon, List<SignaleringBeeld.Controle> controles) {
        AfsluitingRij a = s.afsluiting();
        return new SignaleringBeeld(s.id(), s.gemeenteCode(), s.soort(), s.vestigingId(), s.adres(), s.platform(),
                s.advertentiereferentie(), telefoonkenmerk(s), s.bron(), s.datum(), s.breedtegraad(), s.lengtegraad(),
                s.vastgelegdOp(), s.vastgelegdDoor(), s.vastgelegdRol(),
                a == null ? null : new SignaleringBeeld.Afsluiting(a.uitkomst(), a.datum(), a.toelichting(),
                        a.vastgelegdOp(), a.vastgelegdDoor(), a.vastgelegdRol()),
                zelfdeTelefoon, controles);
    }

    /**
     * What is shown of the phone pseudonym: the digest of the pseudonym under the active key, so two
     * signals with the same number show the same mark also while a rotation is under way.
     */
    private String telefoonkenmerk(SignaleringRij s) {
        if (s.telefoonPseudoniem() == null) {
            return null;
        }
        return Pseudonimisering.weergave(pseudoniemen.telefoonOnderActieveSleutel(s.telefoonPseudoniem(),
                s.telefoonSleutelversie()));
    }

    private static BigDecimal afgerond(BigDecimal graad) {
        return graad == null ? null : graad.setScale(DECIMALEN, RoundingMode.HALF_UP);
    }
}
