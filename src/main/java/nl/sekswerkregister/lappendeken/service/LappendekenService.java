package nl.sekswerkregister.lappendeken.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.lappendeken.controles.Controlecatalogus;
import nl.sekswerkregister.lappendeken.domain.Analyse;
import nl.sekswerkregister.lappendeken.domain.Bevindingen;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Conflictcontrole;
import nl.sekswerkregister.lappendeken.domain.Fragmentatie;
import nl.sekswerkregister.lappendeken.domain.Gemeenteligging;
import nl.sekswerkregister.lappendeken.domain.Kaderversie;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.service.LandelijkKaderService;
import nl.sekswerkregister.regelset.service.RegelsValidatie;
import nl.sekswerkregister.regelset.service.RegelsetService;
import nl.sekswerkregister.lappendeken.domain.Waarneming;
import nl.sekswerkregister.lappendeken.domain.Waarnemingen;
import nl.sekswerkregister.signalering.domain.Signaleringsuitkomst;
import nl.sekswerkregister.signalering.service.SignaleringService;
import nl.sekswerkregister.vergunning.service.VergunningService;

/**
 * Loads a moment (a handful of queries for the whole country) and runs the engine over it.
 * No analysis is stored in the database: each is computed from the rules and licences in force,
 * and kept in memory only until they change (the analyseversie counter, migration V7).
 */
@ApplicationScoped
public class LappendekenService {

    private final GemeenteService gemeenten;
    private final RegelsetService regelsets;
    private final LandelijkKaderService kaders;
    private final VergunningService vergunningen;
    private final SignaleringService signaleringen;
    private final Gemeentegrenzen grenzen;
    private final RegelsValidatie validatie;
    private final Controlecatalogus catalogus;
    private final LappendekenConfig config;
    private final Toegang toegang;
    private final Klok klok;
    /** Municipal division changes only with a migration (and so a restart). */
    private volatile Map<String, Gemeenteligging> gemeenteCache;
    /** Moments and findings per value of the analyseversie counter (see migration V7). */
    private volatile Cache cache = new Cache(-1);
    private final jakarta.persistence.EntityManager em;
    private final java.util.concurrent.locks.ReentrantLock reikwijdteAnalyse = new java.util.concurrent.locks.ReentrantLock(true);

    static final int MAXIMUM_BEVINDINGEN = 250_000;

    /** What one counter value of the database has been found to mean; replaced whole when it moves. */
    private static final class Cache {
        final long teller;
        final java.util.concurrent.ConcurrentHashMap<String, Momentopname> momenten = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.ConcurrentHashMap<String, Bevindingen> analyses = new java.util.concurrent.ConcurrentHashMap<>();

        Cache(long teller) {
            this.teller = teller;
        }

        /**
         * Keeps an analysis while the cached ones hold at most MAXIMUM_BEVINDINGEN findings
         * together: a national analysis has ~217,000 (~40 MB), and the heap is sized for one.
         */
        void bewaar(String sleutel, Bevindingen analyse) {
            int samen = analyses.values().stream().mapToInt(Bevindingen::size).sum();
            if (samen + analyse.size() <= MAXIMUM_BEVINDINGEN) {
                analyses.put(sleutel, analyse);
            }
        }
    }

    public LappendekenService(GemeenteService gemeenten, RegelsetService regelsets, LandelijkKaderService kaders,
                              VergunningService vergunningen, SignaleringService signaleringen, Gemeentegrenzen grenzen,
                              RegelsValidatie validatie, Controlecatalogus catalogus,
                              LappendekenConfig config, Toegang toegang, Klok klok,
                              jakarta.persistence.EntityManager em) {
        this.em = em;
        this.signaleringen = signaleringen;
        this.grenzen = grenzen;
        this.gemeenten = gemeenten;
        this.regelsets = regelsets;
        this.kaders = kaders;
        this.vergunningen = vergunningen;
        this.validatie = validatie;
        this.catalogus = catalogus;
        this.config = config;
        this.toegang = toegang;
        this.klok = klok;
    }

    public LocalDate vandaag() {
        return klok.vandaag();
    }

    public AnalyseBeeld conflicten(ConflictFilter filter) {
        LocalDate peildatum = filter.peildatum() == null ? klok.vandaag() : filter.peildatum();
        Reikwijdte reikwijdte = filter.reikwijdte() == null ? Reikwijdte.BUREN : filter.reikwijdte();
        Cache huidig = actueleCache();
        Momentopname moment = momentopname(huidig, peildatum, filter.kader());
        valideer(moment, reikwijdte, filter.regio(), filter.gemeenteCode());
        List<Conflict> conflicten;
        if (filter.gemeenteCode() == null) {
            // A whole scope: computed once per change of the data, then served from memory.
            String sleutel = peildatum + "|" + moment.kader().code() + "|" + reikwijdte + "|" + filter.regio();
            Bevindingen alle = huidig.analyses.get(sleutel);
            if (alle == null) {
                alle = voerVoorReikwijdte(huidig, sleutel, moment, reikwijdte, filter.regio());
            }
            conflicten = alle.alleen(filter.controle(), filter.ernst());
        } else {
            conflicten = Analyse.voer(moment, reikwijdte, filter.regio(), filter.gemeenteCode(), catalogus.alle())
                    .stream()
                    .filter(c -> filter.controle() == null || c.controle().equals(filter.controle()))
                    .filter(c -> filter.ernst() == null || c.ernst() == filter.ernst()).toList();
        }
        return new AnalyseBeeld(peildatum, reikwijdte, moment.kader(), conflicten);
    }

    /**
     * One whole-scope analysis at a time: a national one holds ~40 MB while it is built, and the heap
     * is sized for one being built beside one cached (deploy/java-opties). Whoever waited for the
     * lock usually finds the analysis it wanted already cached.
     */
    private Bevindingen voerVoorReikwijdte(Cache huidig, String sleutel, Momentopname moment, Reikwijdte reikwijdte,
                                           String regio) {
        reikwijdteAnalyse.lock();
        try {
            Bevindingen alle = huidig.analyses.get(sleutel);
            if (alle == null) {
                alle = Analyse.voerVoorReikwijdte(moment, reikwijdte, regio, catalogus.alle());
                huidig.bewaar(sleutel, alle);
            }
            return alle;
        } finally {
            reikwijdteAnalyse.unlock();
        }
    }

    /**
     * Fragmentation over a selection (the whole country, chosen municipalities or one region) and per
     * region of the given kind within it, on a date. Regions count only their selected municipalities,
     * so the regions of a selection add up to it.
     */
    public IndexBeeld index(LocalDate peildatum, Reikwijdte regiosoort, IndexFilter selectie) {
        Momentopname moment = momentopname(actueleCache(), peildatum == null ? klok.vandaag() : peildatum, null);
        Predicate<String> gekozen = gekozen(moment, regiosoort, selectie);
        List<Regelsetversie> binnen = moment.regelsets().values().stream().filter(r -> gekozen.test(r.gemeenteCode()))
                .toList();
        Map<String, Fragmentatie.Uitkomst> perRegio = new TreeMap<>();
        binnen.stream().collect(Collectors.groupingBy(r -> regiosoort.regio(moment.gemeenten().get(r.gemeenteCode()))))
                .forEach((regio, lijst) -> perRegio.put(regio, fragmentatie(lijst)));
        String naam = selectie.gemeenteCodes() != null ? "Selectie" : selectie.regio() != null ? selectie.regio() : "Nederland";
        return new IndexBeeld(naam, fragmentatie(binnen), perRegio, signaleringen(moment, regiosoort, gekozen));
    }

    /**
     * Signals of unlicensed activity in the window, counted per selected municipality (only those with
     * any) and per region of the index's kind: counts only, never which premises or advertisements.
     */
    private static IndexBeeld.Signaleringen signaleringen(Momentopname moment, Reikwijdte regiosoort,
                                                          Predicate<String> gekozen) {
        Waarnemingen waarnemingen = moment.waarnemingen();
        Map<String, Waarnemingen.Telling> perGemeente = new TreeMap<>();
        Map<String, Waarnemingen.Telling> perRegio = new TreeMap<>();
        Waarnemingen.Telling geheel = Waarnemingen.Telling.GEEN;
        for (String code : waarnemingen.perGemeente().keySet()) {
            if (!gekozen.test(code) || !moment.gemeenten().containsKey(code)) {
                continue;
            }
            Waarnemingen.Telling telling = waarnemingen.telling(code);
            perGemeente.put(code, telling);
            perRegio.merge(regiosoort.regio(moment.gemeenten().get(code)), telling, Waarnemingen.Telling::plus);
            geheel = geheel.plus(telling);
        }
        return new IndexBeeld.Signaleringen(waarnemingen.vanaf(), waarnemingen.tot(), geheel, perRegio, perGemeente);
    }

    /** Which municipalities a selection holds; 400 naming an unknown municipality (by position) or region. */
    private Predicate<String> gekozen(Momentopname moment, Reikwijdte regiosoort, IndexFilter selectie) {
        if (selectie.gemeenteCodes() != null) {
            Invoerfouten fouten = new Invoerfouten();
            for (int i = 0; i < selectie.gemeenteCodes().size(); i++) {
                if (!moment.gemeenten().containsKey(selectie.gemeenteCodes().get(i))) {
                    fouten.fout("gemeenteCodes[" + i + "]", "onbekend", "Er is geen gemeente met deze code; zie /api/v1/gemeenten.");
                }
            }
            fouten.valideer();
            return Set.copyOf(selectie.gemeenteCodes())::contains;
        }
        if (selectie.regio() != null) {
            valideer(moment, regiosoort, selectie.regio(), null);
            return code -> selectie.regio().equals(regiosoort.regio(moment.gemeenten().get(code)));
        }
        return code -> true;
    }

    private static Fragmentatie.Uitkomst fragmentatie(List<Regelsetversie> regelsets) {
        return Fragmentatie.bereken(regelsets.stream().map(Regelsetversie::regels).toList());
    }

    /**
     * The rules in force in a municipality on a date (null: today), which a change is applied to.
     * Checks what the simulation itself checks first, so a caller who may not simulate there hears 403
     * before anything about the change. No rule set in force: 409, because the same change works
     * once one is published, and a complete draft works now.
     */
    public Regels regelsVoorWijziging(String gemeenteCode, LocalDate peildatum) {
        vereisSimulatierecht(gemeenteCode);
        Momentopname moment = momentopname(actueleCache(), peildatum == null ? klok.vandaag() : peildatum, null);
        Regelsetversie inWerking = moment.regelsets().get(gemeenteCode);
        if (inWerking == null) {
            throw ProbleemException.conflict("Op de peildatum is in deze gemeente geen gepubliceerde regelset in werking, "
                    + "dus er is niets om de wijziging op toe te passen. Stuur een volledige regelset in 'regels' "
                    + "in plaats van 'wijziging'.");
        }
        return inWerking.regels();
    }

    /** The contradictions in rules to simulate, added to the problems of the rest of the request. */
    public void controleerRegels(String prefix, Regels regels, Invoerfouten fouten) {
        if (regels != null) {
            validatie.controleer(prefix, regels, fouten);
        }
    }

    /** What a draft would change: conflicts it introduces and resolves, licences it would put outside the rules. */
    public SimulatieBeeld simuleer(SimulatieGegevens aanvraag) {
        vereisSimulatierecht(aanvraag.gemeenteCode());
        Invoerfouten fouten = new Invoerfouten();
        validatie.controleer(aanvraag.veld() + ".", aanvraag.regels(), fouten);
        fouten.valideer();
        LocalDate peildatum = aanvraag.peildatum() == null ? klok.vandaag() : aanvraag.peildatum();
        Reikwijdte reikwijdte = aanvraag.reikwijdte() == null ? Reikwijdte.BUREN : aanvraag.reikwijdte();
        Momentopname nu = momentopname(actueleCache(), peildatum, aanvraag.kader());
        Momentopname straks = nu.metRegelset(new Regelsetversie(aanvraag.gemeenteCode(), null, aanvraag.regels()));
        List<Conflict> voor = Analyse.voer(nu, reikwijdte, null, aanvraag.gemeenteCode(), catalogus.alle());
        List<Conflict> na = Analyse.voer(straks, reikwijdte, null, aanvraag.gemeenteCode(), catalogus.alle());
        Set<String> idsVoor = voor.stream().map(Conflict::id).collect(Collectors.toSet());
        Set<String> idsNa = na.stream().map(Conflict::id).collect(Collectors.toSet());
        List<Conflict> nieuw = na.stream().filter(c -> !idsVoor.contains(c.id())).toList();
        Set<String> vergunningControles = catalogus.alle().stream().filter(Conflictcontrole::betreftVergunningen)
                .map(Conflictcontrole::code).collect(Collectors.toSet());
        return new SimulatieBeeld(aanvraag.gemeenteCode(), peildatum, reikwijdte, nu.kader(), aanvraag.regels(),
                nieuw.stream().filter(c -> !vergunningControles.contains(c.controle())).toList(),
                voor.stream().filter(c -> !idsNa.contains(c.id())).toList(),
                nieuw.stream().filter(c -> vergunningControles.contains(c.controle())).toList());
    }

    private void vereisSimulatierecht(String gemeenteCode) {
        if (!gemeenten.bestaat(gemeenteCode)) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        toegang.vereisSimulatierecht(gemeenteCode);
    }

    /** The cache for what the database holds now: one tiny query per analysis. */
    private Cache actueleCache() {
        long teller = ((Number) em.createNativeQuery("select teller from analyseversie where id = 1")
                .getSingleResult()).longValue();
        Cache huidig = cache;
        if (huidig.teller != teller) {
            huidig = new Cache(teller);
            cache = huidig;
        }
        return huidig;
    }

    /** The moment the analyses of this date and framework use, from the same cache (KadertoetsService reads it too). */
    Momentopname actueleMomentopname(LocalDate peildatum, String kaderCode) {
        return momentopname(actueleCache(), peildatum, kaderCode);
    }

    private Momentopname momentopname(Cache huidig, LocalDate peildatum, String kaderCode) {
        String sleutel = peildatum + "|" + kaderCode;
        Momentopname moment = huidig.momenten.get(sleutel);
        if (moment == null) {
            moment = momentopname(peildatum, kaderCode);
            if (huidig.momenten.size() < 4) {
                huidig.momenten.put(sleutel, moment);
            }
        }
        return moment;
    }

    Momentopname momentopname(LocalDate peildatum, String kaderCode) {
        String code = kaderCode == null ? LandelijkKaderService.STANDAARD : kaderCode;
        Kaderversie kader = kaders.lees(code, null).map(k -> new Kaderversie(k.code(), k.versie(), k.naam(), k.regels(),
                        k.soort(), k.regeling()))
                .orElseThrow(() -> ProbleemException.ongeldig("kader", "onbekend", "Er is geen landelijk kader met deze "
                        + "code; zie /api/v1/landelijke-kaders."));
        Map<String, Regelsetversie> inWerking = regelsets.allesInWerking(peildatum).stream()
                .map(r -> new Regelsetversie(r.gemeenteCode(), r.versie(), r.regels()))
                .collect(Collectors.toMap(Regelsetversie::gemeenteCode, Function.identity()));
        List<VergunningInWerking> lopend = vergunningen.allesInWerking(peildatum).stream()
                .map(v -> new VergunningInWerking(v.vergunningnummer(), v.gemeenteCode(), v.bedrijfstype(), v.geldigVanaf(),
                        v.geldigTot())).toList();
        return new Momentopname(peildatum, kader, gemeenteInfo(), inWerking, lopend, config.openingstijdenDrempelUren(),
                waarnemingen(peildatum));
    }

    /**
     * The signals dated in the window up to the analysis date, as they stood on that date: open unless
     * closed by then; left out when closed by then as "no sex work" (the signal was a mistake).
     */
    private Waarnemingen waarnemingen(LocalDate peildatum) {
        LocalDate vanaf = peildatum.minusDays(config.signaleringsvensterDagen() - 1L);
        List<Waarneming> lijst = signaleringen.waarnemingen(vanaf, peildatum).stream()
                .filter(w -> !(w.uitkomst() == Signaleringsuitkomst.GEEN_SEKSWERK && !w.afgeslotenOp().isAfter(peildatum)))
                .map(w -> new Waarneming(w.gemeenteCode(), w.datum(), w.breedtegraad(), w.lengtegraad(),
                        w.afgeslotenOp() == null || w.afgeslotenOp().isAfter(peildatum)))
                .toList();
        return Waarnemingen.van(vanaf, peildatum, config.grensafstandMeters(), grenzen.grenzen(), lijst);
    }

    private void valideer(Momentopname moment, Reikwijdte reikwijdte, String regio, String gemeenteCode) {
        Invoerfouten fouten = new Invoerfouten();
        if (gemeenteCode != null && !moment.gemeenten().containsKey(gemeenteCode)) {
            fouten.fout("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        if (regio != null) {
            Set<String> regios = new HashSet<>();
            moment.gemeenten().values().forEach(g -> regios.add(reikwijdte.regio(g)));
            if (!reikwijdte.isRegionaal() || !regios.contains(regio)) {
                fouten.fout("regio", "onbekend", reikwijdte.isRegionaal()
                        ? "Onbekende regio voor reikwijdte " + reikwijdte + "; toegestaan: "
                        + regios.stream().sorted().collect(Collectors.joining(", ")) + "."
                        : "Een regio hoort bij reikwijdte PROVINCIE, VEILIGHEIDSREGIO of RIEC.");
            }
        }
        fouten.valideer();
    }

    private Map<String, Gemeenteligging> gemeenteInfo() {
        Map<String, Gemeenteligging> cache = gemeenteCache;
        if (cache == null) {
            cache = gemeenten.alle().stream().collect(Collectors.toUnmodifiableMap(GemeenteService.GemeenteBeeld::code,
                    g -> new Gemeenteligging(g.code(), g.naam(), g.provincie(), g.veiligheidsregio(), g.riecRegio(),
                            Set.copyOf(g.buren()))));
            gemeenteCache = cache;
        }
        return cache;
    }
}
