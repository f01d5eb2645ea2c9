package nl.sekswerkregister.regelset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.Gebeurtenissen;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.regelset.domain.Herkomst;
import nl.sekswerkregister.regelset.domain.Regelset;
import nl.sekswerkregister.regelset.domain.RegelsetStatus;
import nl.sekswerkregister.regelset.repository.RegelsetRepository;

/** Drafting, publishing and reading municipal rule sets. */
@ApplicationScoped
public class RegelsetService {

    private final RegelsetRepository repository;
    private final GemeenteService gemeenten;
    private final RegelsValidatie validatie;
    private final RegelsCodec codec;
    private final Toegang toegang;
    private final Klok klok;
    private final Gebeurtenissen gebeurtenissen;

    public RegelsetService(RegelsetRepository repository, GemeenteService gemeenten, RegelsValidatie validatie,
                           RegelsCodec codec, Toegang toegang, Klok klok, Gebeurtenissen gebeurtenissen) {
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
        this.gemeenten = gemeenten;
        this.validatie = validatie;
        this.codec = codec;
        this.toegang = toegang;
        this.klok = klok;
    }

    @Transactional
    public RegelsetBeeld maak(String gemeenteCode, RegelsetGegevens aanvraag) {
        vereisGemeente(gemeenteCode);
        toegang.vereisSchrijfrecht(gemeenteCode);
        valideer(aanvraag);
        // Versions are numbered per municipality; the row lock makes concurrent drafts take turns.
        gemeenten.vergrendel(gemeenteCode);
        Regelset regelset = new Regelset(gemeenteCode, repository.hoogsteVersie(gemeenteCode) + 1,
                aanvraag.geldigVanaf(), aanvraag.geldigTot(), aanvraag.bron(), codec.json(aanvraag.regels()),
                klok.nu());
        repository.persistAndFlush(regelset);
        return beeld(regelset);
    }

    @Transactional
    public RegelsetBeeld wijzig(String gemeenteCode, int versie, long rijversie, RegelsetGegevens nieuw) {
        vereisGemeente(gemeenteCode);
        toegang.vereisSchrijfrecht(gemeenteCode);
        Regelset regelset = vind(gemeenteCode, versie);
        ProbleemException.vereisVersie(rijversie, regelset.rijversie());
        vereisConcept(regelset);
        valideer(nieuw);
        regelset.wijzig(nieuw.geldigVanaf(), nieuw.geldigTot(), nieuw.bron(), codec.json(nieuw.regels()));
        repository.flush();
        return beeld(regelset);
    }

    /**
     * A draft about to be edited: it exists, is still a draft, and the caller may write it. The REST
     * layer applies the client's merge patch to this before calling {@link #wijzig}, which checks both again
     * under the row version.
     */
    public RegelsetBeeld leesVoorWijziging(String gemeenteCode, int versie) {
        vereisSchrijfbaar(gemeenteCode);
        Regelset regelset = vind(gemeenteCode, versie);
        vereisConcept(regelset);
        return beeld(regelset);
    }

    /**
     * The municipality exists and the caller may write its rules. Checked before the body is read in
     * detail, so that an officer of another municipality learns nothing from the validation.
     */
    public void vereisSchrijfbaar(String gemeenteCode) {
        vereisGemeente(gemeenteCode);
        toegang.vereisSchrijfrecht(gemeenteCode);
    }

    /**
     * Puts a draft in force. Overlap with another published version is refused, except that an
     * open-ended predecessor is ended the day before this version starts (how a replacing council
     * decision works). The exclusion constraint regelset_geen_overlap backs this up.
     */
    @Transactional
    public RegelsetBeeld publiceer(String gemeenteCode, int versie) {
        vereisGemeente(gemeenteCode);
        toegang.vereisSchrijfrecht(gemeenteCode);
        gemeenten.vergrendel(gemeenteCode);
        Regelset regelset = vind(gemeenteCode, versie);
        vereisConcept(regelset);
        maakRuimteVoor(regelset);
        regelset.publiceer(klok.nu());
        repository.flush();
        // The subject is the municipality: its publications are one line, in the order they took effect
        // on each other (a publication may end its predecessor).
        gebeurtenissen.leg(Gebeurtenistype.REGELSET_GEPUBLICEERD, gemeenteCode, gemeenteCode,
                "/api/v1/gemeenten/" + gemeenteCode + "/regelsets/" + versie, Gebeurtenissen.data(
                        "gemeenteCode", gemeenteCode, "versie", versie, "status", regelset.status(),
                        "geldigVanaf", regelset.geldigVanaf(), "geldigTot", regelset.geldigTot()));
        return beeld(regelset);
    }

    /**
     * Makes room for a version about to be published: an open-ended predecessor that starts earlier
     * ends the day before; an overlapping version from public sources is superseded (the newer
     * statement, the municipality's own or a corrected research version, outranks it); any other
     * overlap is refused. Call with the municipality locked ({@link GemeenteService#vergrendel}).
     * Shared with {@link OnderzochteRegelsets}, so that research versions follow the same rules.
     */
    void maakRuimteVoor(Regelset regelset) {
        for (Regelset ander : repository.gepubliceerd(regelset.gemeenteCode())) {
            if (!overlapt(ander, regelset)) {
                continue;
            }
            if (ander.isOpenEinde() && ander.geldigVanaf().isBefore(regelset.geldigVanaf())) {
                ander.beeindigOp(regelset.geldigVanaf().minusDays(1));
            } else if (ander.herkomst() == Herkomst.PUBLIEKE_BRONNEN) {
                // The municipality's own statement of its rules outranks what research made of them.
                ander.vervang();
            } else {
                throw ProbleemException.conflict("Deze versie (" + periode(regelset) + ") overlapt met de "
                        + "gepubliceerde versie " + ander.versie() + " (" + periode(ander) + "). Gepubliceerde versies "
                        + "van een gemeente mogen niet overlappen; pas geldigVanaf of geldigTot van de concept aan.");
            }
        }
        // The exclusion constraint checks each row as it is written: the others move first.
        repository.flush();
    }

    /** Published (and superseded) versions are public; drafts are working documents of the municipality itself (and auditors). */
    public List<RegelsetBeeld> lijst(String gemeenteCode) {
        vereisGemeente(gemeenteCode);
        boolean concepten = toegang.magLezen(gemeenteCode);
        return repository.vanGemeente(gemeenteCode).stream()
                .filter(r -> concepten || r.status() != RegelsetStatus.CONCEPT).map(this::beeld).toList();
    }

    public RegelsetBeeld lees(String gemeenteCode, int versie) {
        vereisGemeente(gemeenteCode);
        Regelset regelset = vind(gemeenteCode, versie);
        if (regelset.status() == RegelsetStatus.CONCEPT && !toegang.magLezen(gemeenteCode)) {
            throw ProbleemException.nietGevonden("Deze gemeente heeft geen regelset met dit versienummer.");
        }
        return beeld(regelset);
    }

    /** The rule set in force in a municipality on a date (used by decisions on licences). */
    public Optional<RegelsetBeeld> inWerking(String gemeenteCode, LocalDate datum) {
        return repository.inWerking(gemeenteCode, datum).map(this::beeld);
    }

    public List<RegelsetBeeld> allesInWerking(LocalDate datum) {
        return repository.allesInWerking(datum).stream().map(this::beeld).toList();
    }

    private void valideer(RegelsetGegevens aanvraag) {
        Invoerfouten fouten = new Invoerfouten();
        valideer(aanvraag, fouten);
        fouten.valideer();
    }

    /**
     * The checks of a version beyond its form, shared with {@link OnderzochteRegelsets}. Also run by
     * the REST layer on a body that is otherwise wrong too, so these problems come in the same
     * answer; fields that could not be read are null there and are left alone.
     */
    public void valideer(RegelsetGegevens aanvraag, Invoerfouten fouten) {
        if (aanvraag.geldigTot() != null && aanvraag.geldigVanaf() != null
                && aanvraag.geldigTot().isBefore(aanvraag.geldigVanaf())) {
            fouten.fout("geldigTot", "volgorde", "Mag niet vóór geldigVanaf liggen.");
        }
        validatie.controleer("regels.", aanvraag.regels(), fouten);
    }

    private void vereisGemeente(String gemeenteCode) {
        if (!gemeenten.bestaat(gemeenteCode)) {
            throw ProbleemException.nietGevonden("Er is geen gemeente met deze code.");
        }
    }

    private Regelset vind(String gemeenteCode, int versie) {
        return repository.versie(gemeenteCode, versie).orElseThrow(() -> ProbleemException.nietGevonden(
                "Deze gemeente heeft geen regelset met dit versienummer."));
    }

    private static void vereisConcept(Regelset regelset) {
        if (regelset.status() == RegelsetStatus.GEPUBLICEERD) {
            throw ProbleemException.conflict("Deze versie is gepubliceerd en daarmee onveranderlijk. "
                    + "Een correctie is een nieuwe versie.");
        }
    }

    private static boolean overlapt(Regelset a, Regelset b) {
        LocalDate eindA = a.geldigTot() == null ? LocalDate.MAX : a.geldigTot();
        LocalDate eindB = b.geldigTot() == null ? LocalDate.MAX : b.geldigTot();
        return !a.geldigVanaf().isAfter(eindB) && !b.geldigVanaf().isAfter(eindA);
    }

    private static String periode(Regelset r) {
        return r.geldigVanaf() + " t/m " + (r.geldigTot() == null ? "onbepaald" : r.geldigTot());
    }

    RegelsetBeeld beeld(Regelset r) {
        return new RegelsetBeeld(r.gemeenteCode(), r.versie(), r.status(), r.geldigVanaf(), r.geldigTot(), r.bron(),
                codec.lees(r.regels()), r.aangemaaktOp(), r.gepubliceerdOp(), r.rijversie(), r.herkomst(),
                r.vertrouwen(), codec.bronnen(r.bronnen()));
    }
}
