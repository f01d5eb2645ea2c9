package nl.sekswerkregister.controle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.controle.domain.Bevinding;
import nl.sekswerkregister.controle.domain.Bevindingcode;
import nl.sekswerkregister.controle.domain.Bevindingencatalogus;
import nl.sekswerkregister.controle.domain.Catalogusregel;
import nl.sekswerkregister.controle.domain.Controle;
import nl.sekswerkregister.controle.domain.Vergunninghistorie;
import nl.sekswerkregister.controle.domain.Vergunningstand;
import nl.sekswerkregister.controle.repository.ControleRepository;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.regelset.service.LandelijkKaderService;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;
import nl.sekswerkregister.regelset.service.RegelsetService;
import nl.sekswerkregister.registratie.service.RegistratieService;
import nl.sekswerkregister.vergunning.service.Vestigingsregister;

/**
 * Inspections (controles) at premises, licensed or not, and the catalogue of findings they may record.
 *
 * <p>Scope. An enforcement officer records inspections for the municipality in their token only. Reading
 * is for that municipality's enforcement officers, enforcement lawyers (who base sanctions on
 * inspections) and licensing officers, and for auditors everywhere. Another municipality's inspection
 * is 404, never 403: inspections of unlicensed premises may be of somebody's home, and a 403 would
 * confirm that enforcement was there. For the same reason premises of another municipality named in an
 * inspection are refused with the answer given for premises that do not exist.
 *
 * <p>Privacy. An inspection holds no identity of anyone at the premises. A registration number shown at
 * the door is checked with the hit/no-hit of the registration feature and only the outcome is kept, as
 * a finding; the number is neither stored nor returned, so an inspection cannot be joined to a
 * registration afterwards. Free text (remarks, explanations, the organisation) is screened for BSNs and
 * document numbers at the door of the API.
 *
 * <p>Accountability. Every write and every read (also a failed one) is in the processing log with its
 * purpose, like a premises lookup: who looked at which place when must be answerable.
 */
@ApplicationScoped
public class ControleService {

    static final String VASTLEGGEN = "controle.vastleggen";
    static final String ZOEKEN = "controle.zoeken";
    static final String RAADPLEGEN = "controle.raadplegen";
    static final String CATALOGUS = "controle.bevindingencatalogus";
    private static final String ONBEKENDE_VESTIGING = "Er is geen vestiging met dit id in uw gemeente.";

    private final ControleRepository controles;
    private final Vestigingsregister vestigingen;
    private final RegelsetService regelsets;
    private final LandelijkKaderService kaders;
    private final RegistratieService registraties;
    private final Gebruiker gebruiker;
    private final Logboek logboek;
    private final Klok klok;
    private final Toegang toegang;

    public ControleService(ControleRepository controles, Vestigingsregister vestigingen, RegelsetService regelsets,
                           LandelijkKaderService kaders, RegistratieService registraties, Gebruiker gebruiker,
                           Logboek logboek, Klok klok, Toegang toegang) {
        this.toegang = toegang;
        this.controles = controles;
        this.vestigingen = vestigingen;
        this.regelsets = regelsets;
        this.kaders = kaders;
        this.registraties = registraties;
        this.gebruiker = gebruiker;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** The findings catalogue, the rules it follows and the licence of that day, at premises and a date. */
    private record Peiling(Optional<RegelsetBeeld> regelset, Optional<Vergunningstand> vergunning,
                           List<Catalogusregel> catalogus) {

        Optional<Catalogusregel> regel(Bevindingcode code) {
            return catalogus.stream().filter(r -> r.code() == code).findFirst();
        }
    }

    @Transactional
    public ControleBeeld legVast(ControleGegevens controle, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = eigenGemeente();
        Invoerfouten fouten = new Invoerfouten();
        if (controle.datum().isAfter(klok.vandaag())) {
            fouten.fout("datum", "toekomst", "Een controle wordt vastgelegd nadat ze is gehouden: de datum ligt in de toekomst.");
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < controle.bevindingen().size(); i++) {
            var b = controle.bevindingen().get(i);
            boolean voorschrift = b.code() == Bevindingcode.VOORSCHRIFT_NIET_NAGELEEFD;
            if (voorschrift && b.voorschrift() == null) {
                fouten.fout(veld(i, "voorschrift"), "verplicht", "Verplicht bij VOORSCHRIFT_NIET_NAGELEEFD: het "
                        + "nummer (vanaf 1) van het voorschrift van de vergunning dat niet is nageleefd.");
            } else if (!voorschrift && b.voorschrift() != null) {
                fouten.fout(veld(i, "voorschrift"), "niet-toegestaan", "Alleen bij VOORSCHRIFT_NIET_NAGELEEFD; laat dit veld weg.");
            }
            if (!gezien.add(b.code() + "/" + b.voorschrift())) {
                fouten.fout(veld(i, "code"), "dubbel", "Deze bevinding staat al eerder in de lijst; noem haar één keer.");
            }
        }
        fouten.valideer();

        // References: a licence of this municipality, and premises of this municipality. One elsewhere is
        // invalid input like an id that does not exist (400 onbekend, as everywhere in the API), and the
        // answer is the same in both cases, so it never tells that something exists in another municipality.
        Invoerfouten verwijzingen = new Invoerfouten();
        Optional<ControleRepository.GetoondeVergunningRij> getoond = Optional.empty();
        if (controle.vergunningnummer() != null) {
            getoond = controles.vergunningMetNummer(controle.vergunningnummer())
                    .filter(v -> v.gemeenteCode().equals(gemeente));
            if (getoond.isEmpty()) {
                verwijzingen.fout("vergunningnummer", "onbekend", "Er is geen vergunning met dit nummer van uw gemeente.");
            }
        }
        if (controle.vestigingId() != null
                && !controles.gemeenteVanVestiging(controle.vestigingId()).map(gemeente::equals).orElse(false)) {
            verwijzingen.fout("vestigingId", "onbekend", ONBEKENDE_VESTIGING);
        }
        verwijzingen.valideer();
        // An unlicensed address becomes premises here, in this transaction: a refused inspection leaves none.
        UUID vestiging = controle.vestigingId() != null ? controle.vestigingId()
                : vestigingen.vestigingOp(gemeente, controle.vestigingsadres());

        boolean geleend = getoond.isPresent() && !vestiging.equals(getoond.get().vestigingId());
        Optional<Vergunninghistorie.Licentie> hier = getoond.filter(v -> !geleend)
                .map(ControleRepository.GetoondeVergunningRij::licentie);
        Peiling peiling = peil(gemeente, vestiging, controle.datum(), hier);

        List<OngeldigeParameter> nietVanToepassing = new ArrayList<>();
        for (int i = 0; i < controle.bevindingen().size(); i++) {
            var b = controle.bevindingen().get(i);
            if (!b.code().isOpTeGeven()) {
                nietVanToepassing.add(new OngeldigeParameter(veld(i, "code"), "door-de-dienst", "Deze bevinding legt "
                        + "de dienst zelf vast, uit een getoond vergunningnummer of registratienummer."));
            } else if (peiling.regel(b.code()).isEmpty()) {
                nietVanToepassing.add(new OngeldigeParameter(veld(i, "code"), "niet-van-toepassing", "Deze bevinding is "
                        + "op deze vestiging op deze datum niet van toepassing; zie de bevindingencatalogus van de vestiging."));
            } else if (b.voorschrift() != null && b.voorschrift() > peiling.vergunning().map(v -> v.voorschriften().size()).orElse(0)) {
                nietVanToepassing.add(new OngeldigeParameter(veld(i, "voorschrift"), "niet-van-toepassing",
                        "De vergunning heeft niet zoveel voorschriften; zie de bevindingencatalogus van de vestiging."));
            }
        }
        if (!nietVanToepassing.isEmpty()) {
            throw new ProbleemException(ProbleemSoort.BEVINDING_NIET_VAN_TOEPASSING, nietVanToepassing.size() == 1
                    ? nietVanToepassing.get(0).reason() : nietVanToepassing.size() + " bevindingen zijn niet van "
                    + "toepassing; zie invalidParams.", nietVanToepassing);
        }

        UUID vergunningId = hier.map(Vergunninghistorie.Licentie::id)
                .orElse(peiling.vergunning().map(Vergunningstand::id).orElse(null));
        Controle nieuw = new Controle(gemeente, vestiging, vergunningId,
                getoond.map(v -> v.licentie().id()).orElse(null), controle.datum(), controle.soort(),
                controle.organisatie().strip(), leegAlsNull(controle.opmerkingen()),
                peiling.regelset().map(RegelsetBeeld::versie).orElse(null), klok.nu(), gebruiker.subject(),
                gebruiker.rollen());
        List<Bevinding> bevindingen = new ArrayList<>();
        for (var b : controle.bevindingen()) {
            bevindingen.add(new Bevinding(nieuw.id(), bevindingen.size() + 1, b.code(), leegAlsNull(b.toelichting()),
                    b.voorschrift()));
        }
        if (geleend) {
            bevindingen.add(new Bevinding(nieuw.id(), bevindingen.size() + 1, Bevindingcode.ADRES_WIJKT_AF,
                    "Getoonde vergunning " + controle.vergunningnummer() + " hoort bij een andere vestiging.", null));
        }
        for (String nummer : controle.getoondeRegistratienummers()) {
            boolean geldig = registraties.isGeldig(nummer, context);
            bevindingen.add(new Bevinding(nieuw.id(), bevindingen.size() + 1,
                    geldig ? Bevindingcode.REGISTRATIE_GELDIG : Bevindingcode.REGISTRATIE_ONGELDIG, null, null));
        }
        controles.bewaar(nieuw, bevindingen);
        logboek.leg(context, VASTLEGGEN, null, null, start, Logboek.OK);
        return beelden(List.of(nieuw)).get(0);
    }

    @Transactional
    public ControleBeeld lees(UUID id, Verwerkingscontext context) {
        Instant start = klok.nu();
        Optional<String> bereik = toegang.handhavingsbereik();
        Optional<Controle> controle = controles.findByIdOptional(id)
                .filter(c -> bereik.map(c.gemeenteCode()::equals).orElse(true));
        if (controle.isEmpty()) {
            logboek.legMislukt(context, RAADPLEGEN, start);
            throw ProbleemException.nietGevonden("Er is geen controle met dit id die u mag zien.");
        }
        logboek.leg(context, RAADPLEGEN, null, null, start, Logboek.OK);
        return beelden(List.of(controle.get())).get(0);
    }

    @Transactional
    public Pagina<ControleBeeld> zoek(ControleFilter filter, Paginering paginering, Verwerkingscontext context) {
        Instant start = klok.nu();
        List<Controle> gevonden = controles.pagina(toegang.handhavingsbereik().orElse(null), filter.vestigingId(), filter.datumVanaf(),
                filter.datumTot(), paginering.offset(), paginering.pageSize() + 1);
        logboek.leg(context, ZOEKEN, null, null, start, Logboek.OK);
        return Pagina.uit(beelden(gevonden), paginering);
    }

    /**
     * The findings that apply at premises on a date. The premises must be within the caller's reach
     * (404 otherwise, as for the premises themselves); the catalogue follows the licence in force there
     * that day and the municipality's rules in force that day.
     */
    @Transactional
    public BevindingencatalogusBeeld catalogus(UUID vestigingId, LocalDate datum, Verwerkingscontext context) {
        Instant start = klok.nu();
        LocalDate peildatum = datum == null ? klok.vandaag() : datum;
        if (peildatum.isAfter(klok.vandaag())) {
            throw ProbleemException.ongeldig("datum", "toekomst", "Een controle kan niet in de toekomst liggen; "
                    + "laat datum weg voor vandaag.");
        }
        Optional<String> bereik = toegang.handhavingsbereik();
        Optional<String> gemeente = controles.gemeenteVanVestiging(vestigingId)
                .filter(g -> bereik.map(g::equals).orElse(true));
        if (gemeente.isEmpty()) {
            logboek.legMislukt(context, CATALOGUS, start);
            throw ProbleemException.nietGevonden("Er is geen vestiging met dit id die u mag zien.");
        }
        Peiling peiling = peil(gemeente.get(), vestigingId, peildatum, Optional.empty());
        logboek.leg(context, CATALOGUS, null, null, start, Logboek.OK);
        return new BevindingencatalogusBeeld(vestigingId, gemeente.get(), peildatum,
                peiling.regelset().map(r -> new BevindingencatalogusBeeld.Regelset(r.versie(), r.bron())).orElse(null),
                peiling.vergunning().orElse(null), peiling.catalogus());
    }

    /**
     * What applies at premises on a day. The licence is the one shown at the door when it belongs to
     * these premises, otherwise the one the premises had that day ({@link Vergunninghistorie}).
     */
    private Peiling peil(String gemeente, UUID vestiging, LocalDate datum, Optional<Vergunninghistorie.Licentie> getoond) {
        List<Vergunninghistorie.Licentie> licenties = getoond.map(List::of).orElseGet(() -> controles.vergunningenOp(vestiging));
        List<Vergunninghistorie.Statusbesluit> besluiten = controles.statusbesluiten(
                licenties.stream().map(Vergunninghistorie.Licentie::id).toList());
        Optional<Vergunningstand> vergunning = Vergunninghistorie.opDatum(licenties, besluiten, datum);
        Optional<RegelsetBeeld> regelset = regelsets.inWerking(gemeente, datum);
        List<String> kadersMetPlicht = kaders.inWerking(datum).stream()
                .filter(k -> k.regels() != null && Boolean.TRUE.equals(k.regels().registratieplicht()))
                .map(k -> k.naam()).toList();
        return new Peiling(regelset, vergunning, Bevindingencatalogus.voor(
                regelset.map(RegelsetBeeld::regels).orElse(null), kadersMetPlicht, vergunning));
    }

    private List<ControleBeeld> beelden(List<Controle> gevonden) {
        Map<UUID, List<ControleBeeld.Gevonden>> perControle = controles.bevindingen(gevonden.stream().map(Controle::id).toList())
                .stream().collect(Collectors.groupingBy(Bevinding::controleId, Collectors.mapping(b -> new ControleBeeld.Gevonden(
                        b.id(), b.volgnummer(), b.code(), b.toelichting(), b.voorschrift()), Collectors.toList())));
        Set<UUID> vergunningIds = new HashSet<>();
        gevonden.forEach(c -> {
            if (c.vergunningId() != null) {
                vergunningIds.add(c.vergunningId());
            }
            if (c.getoondVergunningId() != null) {
                vergunningIds.add(c.getoondVergunningId());
            }
        });
        Map<UUID, String> nummers = controles.vergunningnummers(vergunningIds);
        return gevonden.stream().map(c -> new ControleBeeld(c.id(), c.gemeenteCode(), c.vestigingId(),
                nummers.get(c.vergunningId()), nummers.get(c.getoondVergunningId()), c.datum(), c.soort(),
                c.organisatie(), c.opmerkingen(), c.regelsetVersie(), c.vastgelegdOp(), c.vastgelegdRol(),
                perControle.getOrDefault(c.id(), List.of()))).toList();
    }

    /** Writing: only for the municipality in the token (the role itself was checked by the resource). */
    private String eigenGemeente() {
        return gebruiker.gemeenteCode().orElseThrow(() ->
                ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente')."));
    }

    private static String veld(int i, String naam) {
        return "bevindingen[" + i + "]." + naam;
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
