package nl.sekswerkregister.aanvraag.service;

import nl.sekswerkregister.audittrail.domain.Audittrailactie;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.domain.Wijziging;
import nl.sekswerkregister.audittrail.service.Audittrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.aanvraag.domain.Aanvraagstatus;
import nl.sekswerkregister.aanvraag.domain.Beslistermijn;
import nl.sekswerkregister.aanvraag.domain.GevolgNietTijdig;
import nl.sekswerkregister.aanvraag.domain.Historiegebeurtenis;
import nl.sekswerkregister.aanvraag.domain.OntbrekendStukSoort;
import nl.sekswerkregister.aanvraag.domain.Opschorting;
import nl.sekswerkregister.aanvraag.domain.Termijnbron;
import nl.sekswerkregister.aanvraag.repository.AanvraagRepository;
import nl.sekswerkregister.aanvraag.repository.AanvraagRepository.AanvraagRij;
import nl.sekswerkregister.aanvraag.repository.AanvraagRepository.HistorieRij;
import nl.sekswerkregister.aanvraag.repository.AanvraagRepository.OnvolledigheidRij;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;
import nl.sekswerkregister.regelset.service.RegelsetService;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import nl.sekswerkregister.vergunning.service.Aanvraagdossier;

/**
 * The application as a case (aanvraag): received, found incomplete and supplemented, extended once,
 * and closed by the decision on the licence. Every action locks the case row first, so two officers
 * acting at once act in turn and the second meets what the first did (409 where it no longer fits); an
 * If-Match, when sent, must name the version the officer read (412 otherwise).
 *
 * <p>The register never grants by itself when the period passes, also where the rule set says the
 * licence is then granted by operation of law: it shows the desk that the period passed and what
 * follows, and the desk records the grant (Awb art. 4:20c: the municipality makes it known).
 */
@ApplicationScoped
public class AanvraagService implements Aanvraagdossier {

    /** Awb art. 4:13(2): without a period set by regulation, at most eight weeks. */
    static final int AWB_WEKEN = 8;

    private final AanvraagRepository aanvragen;
    private final RegelsetService regelsets;
    private final GemeenteService gemeenten;
    private final Dossiertoegang toegang;
    private final Klok klok;

    private final Audittrail audittrail;

    public AanvraagService(AanvraagRepository aanvragen, RegelsetService regelsets, GemeenteService gemeenten,
                           Dossiertoegang toegang, Klok klok, Audittrail audittrail) {
        this.audittrail = audittrail;
        this.aanvragen = aanvragen;
        this.regelsets = regelsets;
        this.gemeenten = gemeenten;
        this.toegang = toegang;
        this.klok = klok;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(UUID vergunningId, String vergunningnummer, String gemeenteCode, LocalDate ontvangenOp) {
        Optional<RegelsetBeeld> regelset = regelsets.inWerking(gemeenteCode, ontvangenOp);
        Regelwaarde weken = regelset.map(r -> r.regels().waarde("beslistermijnWeken")).orElse(Regelwaarde.ONBEKEND);
        int termijn = weken.isGezet() ? (Integer) weken.waarde() : AWB_WEKEN;
        Termijnbron bron = weken.isGezet() ? Termijnbron.REGELSET : Termijnbron.AWB;
        GevolgNietTijdig gevolg = regelset.map(r -> gevolg(r.regels().waarde("vanRechtswegeVerlening")))
                .orElse(GevolgNietTijdig.ONBEKEND);
        LocalDate uiterlijk = Beslistermijn.bereken(ontvangenOp, termijn, List.of(), null).uiterlijk();
        AanvraagRij geopend = new AanvraagRij(vergunningId, vergunningnummer, gemeenteCode, null, ontvangenOp,
                Aanvraagstatus.ONTVANGEN, termijn, bron, regelset.map(RegelsetBeeld::versie).orElse(null), gevolg, null,
                null, null, uiterlijk, null, null, null, 0);
        aanvragen.voegToe(geopend);
        historie(geopend, Historiegebeurtenis.ONTVANGEN, Aanvraagstatus.ONTVANGEN, ontvangenOp);
    }

    /**
     * True: Awb §4.1.3.3 applies. False, or deliberately not regulated: the rule set does not declare it
     * applicable, so §4.1.3.2 (notice of default, penalty) is what follows. Unknown stays unknown.
     */
    static GevolgNietTijdig gevolg(Regelwaarde vanRechtswege) {
        if (vanRechtswege.stand() == Stand.ONBEKEND) {
            return GevolgNietTijdig.ONBEKEND;
        }
        return vanRechtswege.isWaar() ? GevolgNietTijdig.VAN_RECHTSWEGE_VERLEEND
                : GevolgNietTijdig.INGEBREKESTELLING_EN_DWANGSOM;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void verwerkBesluit(UUID vergunningId, Besluittype besluittype, UUID besluitId, LocalDate besluitdatum) {
        Aanvraagstatus na = switch (besluittype) {
            case VERLENEN, WEIGEREN -> Aanvraagstatus.BESLOTEN;
            case AANVRAAG_INTREKKEN -> Aanvraagstatus.INGETROKKEN;
            default -> null;
        };
        if (na == null) {
            return;
        }
        AanvraagRij a = aanvragen.vergrendel(vergunningId).orElseThrow(() ->
                new IllegalStateException("vergunning zonder aanvraagdossier"));
        if (!a.status().isOpen()) {
            return;
        }
        Beslistermijn termijn = termijn(a, aanvragen.onvolledigheden(vergunningId));
        aanvragen.werkBij(new AanvraagRij(a.vergunningId(), a.vergunningnummer(), a.gemeenteCode(), a.exploitantId(),
                a.ontvangenOp(), na, a.beslistermijnWeken(), a.bron(), a.regelsetVersie(), a.gevolg(), a.verdagingWeken(),
                a.verdagingMotivering(), a.verdaagdOp(), termijn.uiterlijk(), besluitId, besluitdatum,
                !besluitdatum.isAfter(termijn.uiterlijk()), a.versie()));
        if (besluittype != Besluittype.AANVRAAG_INTREKKEN) {
            // The decision on the application is the one that used the Bibob advice it had.
            aanvragen.koppelBesluit(vergunningId, besluitId);
        }
        historie(a, na == Aanvraagstatus.BESLOTEN ? Historiegebeurtenis.BESLOTEN
                : Historiegebeurtenis.INGETROKKEN, na, besluitdatum);
    }

    public AanvraagBeeld lees(String vergunningnummer) {
        AanvraagRij a = vind(vergunningnummer);
        toegang.vereisLeesrecht(a.gemeenteCode());
        return beeld(a, aanvragen.onvolledigheden(a.vergunningId()));
    }

    public List<HistorieBeeld> historie(String vergunningnummer) {
        AanvraagRij a = vind(vergunningnummer);
        toegang.vereisLeesrecht(a.gemeenteCode());
        return aanvragen.historie(a.vergunningId()).stream().map(h -> new HistorieBeeld(h.gebeurtenis(), h.statusNa(),
                h.datum(), h.vastgelegdOp(), h.vastgelegdDoor(), h.vastgelegdRol(), h.organisatie())).toList();
    }

    public Pagina<AanvraagOverzichtBeeld> zoek(AanvraagFilter filter, Paginering paginering) {
        if (filter.gemeenteCode() != null && !gemeenten.bestaat(filter.gemeenteCode())) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        String gemeente = toegang.bereik(filter.gemeenteCode());
        LocalDate vandaag = klok.vandaag();
        return Pagina.uit(aanvragen.pagina(gemeente, filter.status(), filter.termijnVerstreken() ? vandaag : null,
                paginering.offset(), paginering.pageSize() + 1), paginering)
                .map(a -> new AanvraagOverzichtBeeld(a.vergunningnummer(), a.gemeenteCode(), a.ontvangenOp(), a.status(),
                        a.uitersteBeslisdatum(), a.status().isOpen() && vandaag.isAfter(a.uitersteBeslisdatum()),
                        a.gevolg()));
    }

    /** The checks of a request for missing items that need nothing stored (400 with the form's problems). */
    public void valideer(OnvolledigheidGegevens o, Invoerfouten fouten) {
        LocalDate vandaag = klok.vandaag();
        if (o.verzochtOp() != null && o.verzochtOp().isAfter(vandaag)) {
            fouten.fout("verzochtOp", "toekomst", "Leg het verzoek vast als het gedaan is, niet ervoor.");
        }
        if (o.verzochtOp() != null && o.hersteltermijnTot() != null && !o.hersteltermijnTot().isAfter(o.verzochtOp())) {
            fouten.fout("hersteltermijnTot", "volgorde", "De hersteltermijn eindigt na de dag van het verzoek.");
        }
        for (int i = 0; i < o.stukken().size(); i++) {
            var stuk = o.stukken().get(i);
            if (stuk != null && stuk.soort() == OntbrekendStukSoort.OVERIG && stuk.toelichting() == null) {
                fouten.fout("ontbrekendeStukken[" + i + "].toelichting", "verplicht", "Zeg bij OVERIG wat er ontbreekt.");
            }
        }
    }

    @Transactional
    public AanvraagBeeld meldOnvolledig(String vergunningnummer, Long versie, OnvolledigheidGegevens o) {
        AanvraagRij a = vergrendel(vergunningnummer, versie);
        Invoerfouten fouten = new Invoerfouten();
        valideer(o, fouten);
        if (o.verzochtOp().isBefore(a.ontvangenOp())) {
            fouten.fout("verzochtOp", "voor-ontvangst", "Ligt vóór de ontvangst van de aanvraag (" + a.ontvangenOp() + ").");
        }
        List<OnvolledigheidRij> eerder = aanvragen.onvolledigheden(a.vergunningId());
        eerder.stream().map(OnvolledigheidRij::aangevuldOp).filter(d -> d != null && o.verzochtOp().isBefore(d))
                .findAny().ifPresent(d -> fouten.fout("verzochtOp", "voor-aanvulling",
                        "Ligt vóór de vorige aanvulling (" + d + ")."));
        fouten.valideer();
        if (a.status() != Aanvraagstatus.ONTVANGEN && a.status() != Aanvraagstatus.IN_BEHANDELING) {
            throw ProbleemException.conflict("De aanvraag heeft status " + a.status() + ": "
                    + (a.status() == Aanvraagstatus.ONVOLLEDIG ? "er loopt al een verzoek om aanvulling; leg eerst de aanvulling vast."
                    : "er wordt niet meer om aanvulling gevraagd."));
        }
        OnvolledigheidRij nieuw = new OnvolledigheidRij(UUID.randomUUID(), a.vergunningId(), o.verzochtOp(),
                o.hersteltermijnTot(), null, o.stukken().stream().map(s -> new AanvraagRepository.OntbrekendStukRij(
                s.soort(), s.toelichting() == null ? null : s.toelichting().strip())).toList());
        aanvragen.voegOnvolledigheidToe(nieuw, klok.nu());
        return werkBij(a, Aanvraagstatus.ONVOLLEDIG, Historiegebeurtenis.ONVOLLEDIG_VERKLAARD, o.verzochtOp());
    }

    @Transactional
    public AanvraagBeeld vulAan(String vergunningnummer, Long versie, LocalDate aangevuldOp) {
        AanvraagRij a = vergrendel(vergunningnummer, versie);
        if (a.status() != Aanvraagstatus.ONVOLLEDIG) {
            throw ProbleemException.conflict("De aanvraag heeft status " + a.status() + ": er is geen verzoek om "
                    + "aanvulling open.");
        }
        OnvolledigheidRij open = aanvragen.onvolledigheden(a.vergunningId()).stream()
                .filter(o -> o.aangevuldOp() == null).findFirst().orElseThrow();
        Invoerfouten fouten = new Invoerfouten();
        if (aangevuldOp.isAfter(klok.vandaag())) {
            fouten.fout("aangevuldOp", "toekomst", "Leg de aanvulling vast als zij ontvangen is, niet ervoor.");
        } else if (aangevuldOp.isBefore(open.verzochtOp())) {
            fouten.fout("aangevuldOp", "voor-verzoek", "Ligt vóór het verzoek om aanvulling (" + open.verzochtOp() + ").");
        }
        fouten.valideer();
        aanvragen.vulAan(open.id(), aangevuldOp);
        return werkBij(a, Aanvraagstatus.IN_BEHANDELING, Historiegebeurtenis.AANGEVULD, aangevuldOp);
    }

    @Transactional
    public AanvraagBeeld verdaag(String vergunningnummer, Long versie, VerdagingGegevens v) {
        AanvraagRij a = vergrendel(vergunningnummer, versie);
        Invoerfouten fouten = new Invoerfouten();
        if (v.verdaagdOp().isAfter(klok.vandaag())) {
            fouten.fout("verdaagdOp", "toekomst", "Leg de verdaging vast als zij bekendgemaakt is, niet ervoor.");
        } else if (v.verdaagdOp().isBefore(a.ontvangenOp())) {
            fouten.fout("verdaagdOp", "voor-ontvangst", "Ligt vóór de ontvangst van de aanvraag (" + a.ontvangenOp() + ").");
        }
        fouten.valideer();
        if (!a.status().isOpen()) {
            throw ProbleemException.conflict("De aanvraag heeft status " + a.status() + ": er is al beslist.");
        }
        if (a.verdagingWeken() != null) {
            throw ProbleemException.conflict("De beslistermijn is al verdaagd (op " + a.verdaagdOp() + "); dat kan één keer "
                    + "(Awb art. 4:14 en 4:20b).");
        }
        Beslistermijn termijn = termijn(a, aanvragen.onvolledigheden(a.vergunningId()));
        if (v.verdaagdOp().isAfter(termijn.uiterlijk())) {
            // Awb art. 4:14(3) / 4:20b(1): an extension is made known before the period ends.
            throw ProbleemException.conflict("De beslistermijn is op " + termijn.uiterlijk() + " verstreken; verdagen kan "
                    + "alleen voordat zij verstrijkt.");
        }
        AanvraagRij verdaagd = new AanvraagRij(a.vergunningId(), a.vergunningnummer(), a.gemeenteCode(), a.exploitantId(),
                a.ontvangenOp(), a.status(), a.beslistermijnWeken(), a.bron(), a.regelsetVersie(), a.gevolg(), v.weken(),
                v.motivering().strip(), v.verdaagdOp(), a.uitersteBeslisdatum(), null, null, null, a.versie());
        return werkBij(verdaagd, a.status(), Historiegebeurtenis.VERDAAGD, v.verdaagdOp());
    }

    /** The case, locked, after the caller's right to act on it and (when sent) the version they read are checked. */
    AanvraagRij vergrendel(String vergunningnummer, Long versie) {
        AanvraagRij a = aanvragen.vergrendel(vergunningnummer).orElseThrow(AanvraagService::nietGevonden);
        toegang.vereisSchrijfrecht(a.gemeenteCode());
        if (versie != null) {
            ProbleemException.vereisVersie(versie, a.versie());
        }
        return a;
    }

    AanvraagRij vind(String vergunningnummer) {
        return aanvragen.metVergunningnummer(vergunningnummer).orElseThrow(AanvraagService::nietGevonden);
    }

    static ProbleemException nietGevonden() {
        return ProbleemException.nietGevonden("Er is geen vergunning met dit nummer.");
    }

    /** One step of case {@code a} (the row the caller holds, locked or just made): its history and audit trail. */
    void historie(AanvraagRij a, Historiegebeurtenis gebeurtenis, Aanvraagstatus na, LocalDate datum) {
        aanvragen.voegHistorieToe(new HistorieRij(UUID.randomUUID(), a.vergunningId(), gebeurtenis, na, datum, klok.nu(),
                toegang.subject(), toegang.rollen(), toegang.organisatie()));
        // Every step of the case is a write to the licence's file: in its audit trail too, with the step as the
        // note and the status and day it left. The case's own history says the same in the desk's terms.
        audittrail.leg(Objecttype.AANVRAAG, a.vergunningnummer(), a.gemeenteCode(),
                gebeurtenis == Historiegebeurtenis.ONTVANGEN ? Audittrailactie.AANGEMAAKT : Audittrailactie.GEWIJZIGD,
                gebeurtenis.name(), null, List.of(new Wijziging("status", null, na.name(), false),
                        new Wijziging("datum", null, datum.toString(), false)));
    }

    private AanvraagBeeld werkBij(AanvraagRij a, Aanvraagstatus na, Historiegebeurtenis gebeurtenis, LocalDate datum) {
        List<OnvolledigheidRij> onvolledigheden = aanvragen.onvolledigheden(a.vergunningId());
        Beslistermijn termijn = termijn(a, onvolledigheden);
        AanvraagRij nieuw = new AanvraagRij(a.vergunningId(), a.vergunningnummer(), a.gemeenteCode(), a.exploitantId(),
                a.ontvangenOp(), na, a.beslistermijnWeken(), a.bron(), a.regelsetVersie(), a.gevolg(), a.verdagingWeken(),
                a.verdagingMotivering(), a.verdaagdOp(), termijn.uiterlijk(), null, null, null, a.versie() + 1);
        aanvragen.werkBij(nieuw);
        historie(a, gebeurtenis, na, datum);
        return beeld(nieuw, onvolledigheden);
    }

    static Beslistermijn termijn(AanvraagRij a, List<OnvolledigheidRij> onvolledigheden) {
        return Beslistermijn.bereken(a.ontvangenOp(), a.beslistermijnWeken(), onvolledigheden.stream()
                .map(o -> new Opschorting(o.verzochtOp(), o.hersteltermijnTot(), o.aangevuldOp())).toList(),
                a.verdagingWeken());
    }

    private AanvraagBeeld beeld(AanvraagRij a, List<OnvolledigheidRij> onvolledigheden) {
        LocalDate vandaag = klok.vandaag();
        Beslistermijn termijn = termijn(a, onvolledigheden);
        boolean open = a.status().isOpen();
        boolean opgeschort = open && onvolledigheden.stream()
                .anyMatch(o -> new Opschorting(o.verzochtOp(), o.hersteltermijnTot(), o.aangevuldOp()).schortOpOp(vandaag));
        return new AanvraagBeeld(a.vergunningnummer(), a.gemeenteCode(), a.ontvangenOp(), a.status(),
                onvolledigheden.stream().map(o -> new AanvraagBeeld.Onvolledigheid(o.id(), o.verzochtOp(),
                        o.hersteltermijnTot(), o.aangevuldOp(),
                        new Opschorting(o.verzochtOp(), o.hersteltermijnTot(), o.aangevuldOp()).dagen(),
                        o.stukken().stream().map(s -> new AanvraagBeeld.Stuk(s.soort(), s.toelichting())).toList())).toList(),
                a.beslistermijnWeken(), a.bron(), a.regelsetVersie(), termijn, opgeschort, a.verdagingWeken(),
                a.verdagingMotivering(), a.verdaagdOp(), open && termijn.isVerstrekenOp(vandaag), a.gevolg(),
                a.besluitId(), a.beslotenOp(), a.tijdigBesloten(), a.versie());
    }
}
