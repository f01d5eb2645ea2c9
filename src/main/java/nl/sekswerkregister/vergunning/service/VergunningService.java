package nl.sekswerkregister.vergunning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.service.Audittrail;
import nl.sekswerkregister.common.adres.Adressleutel;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.exploitant.service.ExploitantService;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.privacy.Sleutelring;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;
import nl.sekswerkregister.vergunning.domain.Levenscyclus;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.domain.VergunningFilter;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vergunning.repository.BesluitRepository;
import nl.sekswerkregister.vergunning.repository.VergunningBeheerderRepository;
import nl.sekswerkregister.vergunning.repository.VergunningRepository;
import nl.sekswerkregister.vergunning.repository.VergunningnummerReeks;

/** Applications, edits and reads of licences. Decisions are in {@link BesluitService}. */
@ApplicationScoped
public class VergunningService {

    private final VergunningRepository vergunningen;
    private final BesluitRepository besluiten;
    private final VergunningnummerReeks nummers;
    private final GemeenteService gemeenten;
    private final ExploitantService exploitanten;
    private final Toegang toegang;
    private final Pseudonimisering pseudoniemen;
    private final Vestigingsregister vestigingen;
    private final Klok klok;
    private final Logboek logboek;
    private final Audittrail audittrail;

    /**
     * What the audit trail lists without values (VergunningBeeld's paths): the managers' pseudonyms, and
     * the premises' address, which may be someone's home (a THUISWERK licence's always is; premises may be
     * marked a home later by another licence, and the trail is never rewritten). The premises' id and its
     * home mark are listed with values: they lead to the premises, which are read under their own scope.
     */
    static final java.util.Set<String> PERSOONSGEGEVENS = java.util.Set.of("beheerders", "vestigingsadres");
    private final VergunningBeheerderRepository benoemingen;
    private final Aanvraagdossier dossiers;
    private final Overname overname;

    public VergunningService(VergunningRepository vergunningen, BesluitRepository besluiten,
                             VergunningnummerReeks nummers, GemeenteService gemeenten, ExploitantService exploitanten,
                             Toegang toegang, Pseudonimisering pseudoniemen, Vestigingsregister vestigingen, Klok klok,
                             Logboek logboek, Audittrail audittrail, VergunningBeheerderRepository benoemingen,
                             Aanvraagdossier dossiers, Overname overname) {
        this.audittrail = audittrail;
        this.benoemingen = benoemingen;
        this.dossiers = dossiers;
        this.overname = overname;
        this.logboek = logboek;
        this.vestigingen = vestigingen;
        this.pseudoniemen = pseudoniemen;
        this.vergunningen = vergunningen;
        this.besluiten = besluiten;
        this.nummers = nummers;
        this.gemeenten = gemeenten;
        this.exploitanten = exploitanten;
        this.toegang = toegang;
        this.klok = klok;
    }

    @Transactional
    public VergunningBeeld vraagAan(VergunningGegevens aanvraag) {
        // Which municipalities exist is public; whether an operator id exists is only told to
        // someone entitled to apply in this municipality.
        if (!gemeenten.bestaat(aanvraag.gemeenteCode())) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        toegang.vereisSchrijfrecht(aanvraag.gemeenteCode());
        Invoerfouten fouten = new Invoerfouten();
        if (!exploitanten.bestaat(aanvraag.exploitantId())) {
            fouten.fout("exploitantId", "onbekend", "Er is geen exploitant met dit id; registreer die eerst.");
        }
        controleerVestiging(aanvraag.bedrijfstype(), aanvraag.vestigingsadres(), aanvraag.vestigingIsWoning(), fouten);
        List<Benoeming> beheerders = benoemingen(aanvraag.gemeenteCode(), aanvraag.beheerders(), List.of(),
                pseudoniemen.beheerderSleutels().actieveVersie(), fouten);
        LocalDate vandaag = klok.vandaag();
        if (aanvraag.ontvangenOp() != null && aanvraag.ontvangenOp().isAfter(vandaag)) {
            fouten.fout("ontvangenOp", "toekomst", "Een aanvraag wordt vastgelegd als zij ontvangen is, niet ervoor.");
        }
        Optional<Vergunning> overgenomen = overname.teOvernemen(aanvraag.overnameVan(), aanvraag.gemeenteCode(),
                aanvraag.exploitantId(), aanvraag.bedrijfstype(), klok.vandaag(), fouten);
        fouten.valideer();

        Vestiging vestiging = vestigingVan(aanvraag.gemeenteCode(), aanvraag.vestigingsadres(), aanvraag.vestigingIsWoning());
        Vergunning vergunning = new Vergunning(nummers.volgende(aanvraag.gemeenteCode(), vandaag.getYear()),
                aanvraag.gemeenteCode(), aanvraag.exploitantId(), aanvraag.bedrijfstype(),
                aanvraag.vestigingsadres(), vestiging.id(), vestiging.woning(),
                pseudoniemenVan(beheerders), pseudoniemen.beheerderSleutels().actieveVersie(),
                aanvraag.voorschriften(), klok.nu());
        overgenomen.ifPresent(oud -> vergunning.neemtOver(oud.id(), oud.vergunningnummer()));
        vergunningen.persistAndFlush(vergunning);
        legBenoemingenVast(vergunning.id(), beheerders);
        // The application is a case from the start: its decision period runs from the day it was received.
        dossiers.open(vergunning.id(), vergunning.vergunningnummer(), vergunning.gemeenteCode(),
                aanvraag.ontvangenOp() == null ? vandaag : aanvraag.ontvangenOp());
        VergunningBeeld beeld = VergunningBeeld.van(vergunning, vandaag);
        audittrail.legAanmaak(Objecttype.VERGUNNING, beeld.vergunningnummer(), beeld.gemeenteCode(), beeld,
                PERSOONSGEGEVENS);
        return beeld;
    }

    public VergunningBeeld lees(String vergunningnummer) {
        Vergunning vergunning = vind(vergunningnummer);
        toegang.vereisLeesrecht(vergunning.gemeenteCode());
        return VergunningBeeld.van(vergunning, klok.vandaag());
    }

    public Pagina<VergunningBeeld> zoek(VergunningFilter filter, Paginering paginering) {
        if (filter.gemeenteCode() != null && !gemeenten.bestaat(filter.gemeenteCode())) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
        VergunningFilter binnenBereik = new VergunningFilter(
                toegang.standaardGemeente(filter.gemeenteCode()), filter.status(), filter.bedrijfstype(),
                filter.exploitantId());
        LocalDate vandaag = klok.vandaag();
        return Pagina.uit(vergunningen.pagina(binnenBereik, vandaag, paginering.offset(), paginering.pageSize() + 1),
                paginering).map(v -> VergunningBeeld.van(v, vandaag));
    }

    @Transactional
    public VergunningBeeld wijzig(String vergunningnummer, long versie, ExploitatieGegevens nieuw) {
        Vergunning vergunning = vind(vergunningnummer);
        toegang.vereisSchrijfrecht(vergunning.gemeenteCode());
        ProbleemException.vereisVersie(versie, vergunning.versie());
        LocalDate vandaag = klok.vandaag();
        if (!Levenscyclus.isWijzigbaar(vergunning.status(vandaag))) {
            throw ProbleemException.conflict("Deze vergunning heeft status " + vergunning.status(vandaag)
                    + " en kan niet meer worden gewijzigd.");
        }
        if (vergunning.status(vandaag) != VergunningStatus.AANGEVRAAGD && !vergunning.beheerders().isEmpty()
                && !zelfdeBeheerders(vergunning, nieuw.beheerders())) {
            // Once granted, a manager is part of the decision: a change needs the mayor's approval after a
            // conduct check, with a history of its own, not an edit. (A licence recorded before managers
            // were kept has none, and must get them back by an edit: that restores, it decides nothing.)
            throw ProbleemException.conflict("De beheerders van een verleende vergunning wijzigen met een besluit: "
                    + "POST /api/v1/vergunningen/" + vergunning.vergunningnummer() + "/beheerderwijzigingen.");
        }
        Invoerfouten fouten = new Invoerfouten();
        controleerVestiging(vergunning.bedrijfstype(), nieuw.vestigingsadres(), nieuw.vestigingIsWoning(), fouten);
        List<Benoeming> beheerders = benoemingen(vergunning.gemeenteCode(), nieuw.beheerders(),
                vergunning.beheerders(), vergunning.beheerderSleutelversie(), fouten);
        fouten.valideer();
        VergunningBeeld oud = VergunningBeeld.van(vergunning, vandaag);
        Vestiging vestiging = vestigingVan(vergunning.gemeenteCode(), nieuw.vestigingsadres(), nieuw.vestigingIsWoning());
        vergunning.wijzig(nieuw.vestigingsadres(), vestiging.id(), vestiging.woning(),
                pseudoniemenVan(beheerders), pseudoniemen.beheerderSleutels().actieveVersie(),
                nieuw.voorschriften());
        legBenoemingenVast(vergunning.id(), beheerders);
        // Flush here so that a concurrent PATCH that won with the same ETag makes this one fail
        // on the version check (412) instead of silently overwriting it.
        vergunningen.flush();
        VergunningBeeld beeld = VergunningBeeld.van(vergunning, vandaag);
        audittrail.legWijziging(Objecttype.VERGUNNING, beeld.vergunningnummer(), beeld.gemeenteCode(), oud, beeld,
                PERSOONSGEGEVENS);
        return beeld;
    }

    /**
     * A licence about to be edited: found, and the caller may write it. The REST layer applies the
     * client's merge patch to this before calling {@link #wijzig}.
     */
    public VergunningBeeld leesVoorWijziging(String vergunningnummer) {
        Vergunning vergunning = vind(vergunningnummer);
        toegang.vereisSchrijfrecht(vergunning.gemeenteCode());
        return VergunningBeeld.van(vergunning, klok.vandaag());
    }

    /**
     * The hot path: one indexed projection query, nothing else (no entity, no authorisation lookup).
     * A closure of the premises (a sanction) and a suspension that ends by itself are part of that one
     * query and of the answer that day: GESLOTEN with {@code geslotenTot}, GESCHORST with {@code
     * geschorstTot}, and GELDIG again the day after either ends, without anyone acting.
     * With the address the officer sees ({@code aanDeDeur}), the answer says whether it is the
     * licence's premises. The address itself is shown only for a licence that was granted: that decision
     * is public, an application or a refusal is not. A home worker's address, and premises marked as someone's
     * home (V21), are personal data of the sex worker: the answer never carries them, but the comparison is made all the same, so a borrowed number
     * is caught there too. A check with an address goes through {@link #controleerAanDeDeur}.
     */
    public VergunningstatusBeeld controleer(String vergunningnummer, Optional<Adressleutel> aanDeDeur) {
        LocalDate vandaag = klok.vandaag();
        return vergunningen.status(vergunningnummer, vandaag).map(r -> {
            boolean adresOpenbaar = r.bedrijfstype() != Bedrijfstype.THUISWERK && !r.vestigingIsWoning()
                    && r.vestigingId() != null
                    && isVerleendGeweest(r.status());
            Controlestatus status = Controlestatus.bepaal(r.status(), r.geldigVanaf(), r.geldigTot(), r.geschorstTot(),
                    r.geslotenTot() != null, vandaag);
            // The end of a closure or suspension is told only while it is what the answer says.
            return new VergunningstatusBeeld(r.vergunningnummer(), r.gemeenteCode(), r.bedrijfstype(),
                    status, r.geldigTot(), status == Controlestatus.GESLOTEN ? r.geslotenTot() : null,
                    status == Controlestatus.GESCHORST ? r.geschorstTot() : null, klok.nu(),
                    adresOpenbaar ? r.vestigingsadres() : null, adresOpenbaar ? r.vestigingId() : null,
                    aanDeDeur.map(sleutel -> sleutel.komtOvereenMet(r.vestigingsadres())).orElse(null));
        }).orElseThrow(VergunningService::nietGevonden);
    }

    /**
     * The status check with the address the officer stands at. The comparison answers "is this the
     * licence's door?" for any licence, a home worker's too, so it could be used to guess where a home
     * worker lives by trying addresses against a number. Such a check is therefore a look at a place, as
     * a premises lookup is: it needs a purpose and is in the processing log (also when the number is
     * unknown), so that who compared which licence how often can be answered for. The address itself is
     * not logged, as no search term is.
     */
    @Transactional
    public VergunningstatusBeeld controleerAanDeDeur(String vergunningnummer, Adressleutel aanDeDeur,
                                                     Verwerkingscontext context) {
        java.time.Instant start = klok.nu();
        VergunningstatusBeeld beeld;
        try {
            beeld = controleer(vergunningnummer, Optional.of(aanDeDeur));
        } catch (ProbleemException nietGevonden) {
            logboek.legMislukt(context, ADRESCONTROLE, start);
            throw nietGevonden;
        }
        logboek.leg(context, ADRESCONTROLE, null, null, start, Logboek.OK);
        return beeld;
    }

    /** The processing-log operation of a status check with an address. */
    static final String ADRESCONTROLE = "vergunning.adrescontrole";

    /** Licences in force on a date, for the conflict analysis (public decisions: no access check). */
    public List<VergunningRepository.InWerkingRij> allesInWerking(LocalDate datum) {
        return vergunningen.allesInWerking(datum);
    }

    public List<BesluitBeeld> besluiten(String vergunningnummer) {
        Vergunning vergunning = vind(vergunningnummer);
        toegang.vereisLeesrecht(vergunning.gemeenteCode());
        return besluiten.vanVergunning(vergunning.id()).stream().map(BesluitBeeld::van).toList();
    }

    Vergunning vind(String vergunningnummer) {
        return vergunningen.metNummer(vergunningnummer).orElseThrow(VergunningService::nietGevonden);
    }

    static ProbleemException nietGevonden() {
        return ProbleemException.nietGevonden("Er is geen vergunning met dit nummer.");
    }

    /**
     * The managers after an approved change of managers (BeheerderwijzigingService, which set them on the
     * licence): their periods on the licence, with the national pseudonyms of those the change added
     * ({@code landelijkVanToegevoegd}, by municipal pseudonym, all under the active key).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void legBeheerderwijzigingVast(java.util.UUID vergunningId, List<String> na,
                                   java.util.Map<String, String> landelijkVanToegevoegd) {
        legBenoemingenVast(vergunningId, na.stream().map(p -> new Benoeming(p, landelijkVanToegevoegd.get(p))).toList());
    }

    /**
     * A manager as the licence will name them: this municipality's pseudonym under the active key, and
     * the national one when they were named by identifier in this request (null for one kept by pseudonym).
     */
    private record Benoeming(String pseudoniem, String landelijk) {
        @Override
        public String toString() {
            return "Benoeming[***]";
        }
    }

    private static List<String> pseudoniemenVan(List<Benoeming> benoemingen) {
        return benoemingen.stream().map(Benoeming::pseudoniem).toList();
    }

    /**
     * Managers arrive as identifiers and are kept as this municipality's pseudonyms (under the active
     * key of the manager ring), like registrations, and as their national pseudonym beside it (V26);
     * an existing manager may be kept by the pseudonym the licence shows ({@link Pseudonimisering#weergave}).
     * Managers kept under an older key version move to the active one here, as a rotation would move them.
     */
    private List<Benoeming> benoemingen(String gemeenteCode, List<Beheerder> invoer, List<String> huidige,
                                        int huidigeVersie, Invoerfouten fouten) {
        java.util.Map<String, String> bestaandeOpWeergave = pseudoniemen.beheerdersOpWeergave(huidige, huidigeVersie);
        java.util.LinkedHashMap<String, Benoeming> uit = new java.util.LinkedHashMap<>();
        for (int i = 0; i < invoer.size(); i++) {
            String veld = "beheerders[" + i + "]";
            Beheerder beheerder = invoer.get(i);
            if (beheerder instanceof Beheerder.Nieuw nieuw) {
                String pseudoniem = pseudoniemen.beheerder(nieuw.identificatie(), gemeenteCode);
                // Named by identifier and by pseudonym in one request: the identifier gives the national one.
                uit.put(pseudoniem, new Benoeming(pseudoniem, pseudoniemen.beheerderLandelijk(nieuw.identificatie())));
            } else if (beheerder instanceof Beheerder.Bestaand bestaand && bestaandeOpWeergave.containsKey(bestaand.pseudoniem())) {
                String pseudoniem = bestaandeOpWeergave.get(bestaand.pseudoniem());
                uit.putIfAbsent(pseudoniem, new Benoeming(pseudoniem, null));
            } else {
                fouten.fout(veld + ".pseudoniem", "onbekend", "Geen beheerder van deze vergunning.");
            }
        }
        return List.copyOf(uit.values());
    }

    /**
     * Keeps the national pseudonyms in step with the managers the licence names: a period opens for each
     * manager newly named by identifier, stays open for one kept, and closes for one no longer named. The
     * mapping compares municipal pseudonyms under the active key, so a rotation halfway does not matter.
     */
    private void legBenoemingenVast(java.util.UUID vergunningId, List<Benoeming> benoemd) {
        Sleutelring ring = pseudoniemen.beheerderSleutels();
        java.time.Instant nu = klok.nu();
        java.util.Map<String, VergunningBeheerderRepository.BenoemingRij> open = new java.util.HashMap<>();
        for (var rij : benoemingen.huidige(vergunningId)) {
            open.put(pseudoniemen.beheerderOnderActieveSleutel(rij.pseudoniem(), rij.sleutelversie()), rij);
        }
        for (Benoeming b : benoemd) {
            if (open.remove(b.pseudoniem()) == null && b.landelijk() != null) {
                benoemingen.voegToe(vergunningId, b.pseudoniem(), ring.actieveVersie(), b.landelijk(),
                        ring.actieveVersie(), nu);
            }
        }
        open.values().forEach(rij -> benoemingen.beeindig(rij.id(), nu));
    }

    /** Whether an edit keeps exactly the managers the licence has (each by the pseudonym it shows). */
    private static boolean zelfdeBeheerders(Vergunning vergunning, List<Beheerder> nieuw) {
        java.util.Set<String> huidige = vergunning.beheerders().stream().map(Pseudonimisering::weergave)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> gevraagd = new java.util.HashSet<>();
        for (Beheerder b : nieuw) {
            if (!(b instanceof Beheerder.Bestaand bestaand)) {
                return false;
            }
            gevraagd.add(bestaand.pseudoniem());
        }
        return huidige.equals(gevraagd);
    }

    /** Granted at some point: the licence, and with it its premises, became a public decision. */
    private static boolean isVerleendGeweest(VergunningStatus status) {
        return switch (status) {
            case VERLEEND, GESCHORST, INGETROKKEN, VERLOPEN -> true;
            case AANGEVRAAGD, GEWEIGERD, AANVRAAG_INGETROKKEN -> false;
        };
    }

    /** The licence's premises and whether they are someone's home (as marked now, by this request or before). */
    private record Vestiging(UUID id, boolean woning) {
    }

    private Vestiging vestigingVan(String gemeenteCode, Adres adres, boolean woning) {
        if (adres == null) {
            return new Vestiging(null, false);
        }
        UUID id = vestigingen.vestigingOp(gemeenteCode, adres, woning);
        return new Vestiging(id, woning || vestigingen.isWoning(id));
    }

    private static void controleerVestiging(Bedrijfstype type, Adres adres, boolean woning, Invoerfouten fouten) {
        if (type != null && type.heeftVestiging() && adres == null) {
            fouten.fout("vestigingsadres", "verplicht", "Verplicht voor dit bedrijfstype (alleen ESCORT heeft geen vestiging).");
        }
        if (woning && adres == null) {
            fouten.fout("vestigingIsWoning", "zonder-vestiging", "Alleen bij een vestigingsadres: zonder vestiging is er geen woning.");
        }
    }
}
