package nl.sekswerkregister.vergunning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.service.Audittrail;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.Gebeurtenissen;
import nl.sekswerkregister.vergunning.domain.Besluit;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import nl.sekswerkregister.vergunning.domain.Levenscyclus;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vergunning.repository.BesluitRepository;
import nl.sekswerkregister.vergunning.repository.VergunningRepository;

/** Takes decisions on licences: the only way a licence's status changes. */
@ApplicationScoped
public class BesluitService {

    private final VergunningRepository vergunningen;
    private final BesluitRepository besluiten;
    private final Toegang toegang;
    private final Gebruiker gebruiker;
    private final RegelsetToets regelsetToets;
    private final Klok klok;
    private final Gebeurtenissen gebeurtenissen;
    private final Audittrail audittrail;
    private final Aanvraagdossier dossiers;

    public BesluitService(VergunningRepository vergunningen, BesluitRepository besluiten, Toegang toegang,
                          Gebruiker gebruiker, RegelsetToets regelsetToets, Klok klok, Gebeurtenissen gebeurtenissen,
                          Audittrail audittrail, Aanvraagdossier dossiers) {
        this.audittrail = audittrail;
        this.dossiers = dossiers;
        this.regelsetToets = regelsetToets;
        this.gebeurtenissen = gebeurtenissen;
        this.vergunningen = vergunningen;
        this.besluiten = besluiten;
        this.toegang = toegang;
        this.gebruiker = gebruiker;
        this.klok = klok;
    }

    @Transactional
    public BesluitBeeld neem(String vergunningnummer, BesluitGegevens aanvraag) {
        // The row lock serialises decisions on one licence: two officers cannot both suspend and
        // revoke on the same stale status.
        Vergunning vergunning = vergunningen.metNummerVoorBesluit(vergunningnummer)
                .orElseThrow(VergunningService::nietGevonden);
        toegang.vereisSchrijfrecht(vergunning.gemeenteCode());
        return neem(vergunning, aanvraag, BesluitService::mogelijkeBesluiten);
    }

    /**
     * A suspension, revocation or lifting of a suspension taken as an enforcement sanction: by the
     * enforcement team's legal officer for the mayor (the sanction feature checks that), inside the
     * sanction's own transaction, so the sanction and the licence's decision exist together or not at
     * all, and the licence's own history shows it like any other decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BesluitBeeld neemAlsSanctie(String vergunningnummer, BesluitGegevens aanvraag) {
        Vergunning vergunning = vergunningen.metNummerVoorBesluit(vergunningnummer)
                .orElseThrow(VergunningService::nietGevonden);
        toegang.vereisSanctierecht(vergunning.gemeenteCode());
        if (!EIGEN_AAN_HANDHAVING.contains(aanvraag.besluittype())) {
            throw new IllegalArgumentException("geen besluit dat handhaving neemt: " + aanvraag.besluittype());
        }
        return neem(vergunning, aanvraag, BesluitService::mogelijkeSancties);
    }

    /** Whether the licence is suspended today (a suspension past its last day has ended by itself). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isGeschorst(String vergunningnummer) {
        return vergunningen.metNummer(vergunningnummer)
                .map(v -> v.status(klok.vandaag()) == VergunningStatus.GESCHORST).orElse(false);
    }

    /** The licence decisions enforcement takes as sanctions; granting and refusing stay with the desk. */
    private static final java.util.Set<Besluittype> EIGEN_AAN_HANDHAVING = java.util.EnumSet.of(Besluittype.SCHORSEN,
            Besluittype.SCHORSING_OPHEFFEN, Besluittype.INTREKKEN);

    /**
     * @param mogelijk what the caller may still do in the licence's status, in the caller's own terms:
     *                 licence decisions for the desk, sanction kinds for the enforcement lawyer
     */
    private BesluitBeeld neem(Vergunning vergunning, BesluitGegevens aanvraag,
                              java.util.function.Function<VergunningStatus, String> mogelijk) {
        LocalDate vandaag = klok.vandaag();
        controleerData(aanvraag, vergunning, vandaag);

        VergunningStatus huidig = vergunning.status(vandaag);
        VergunningStatus na = Levenscyclus.na(huidig, aanvraag.besluittype()).orElseThrow(() ->
                new ProbleemException(ProbleemSoort.ONGELDIGE_STATUSOVERGANG, "Dit besluit is niet mogelijk: de "
                        + "vergunning heeft status " + huidig + ". " + mogelijk.apply(huidig)));
        LocalDate geldigTot = switch (aanvraag.besluittype()) {
            case VERLENEN -> regelsetToets.toets(vergunning, aanvraag.ingangsdatum(), aanvraag.geldigTot());
            // The last day of the suspension, when it ends by itself (optional).
            case SCHORSEN -> aanvraag.geldigTot();
            default -> null;
        };
        Besluit besluit = new Besluit(vergunning.id(), aanvraag.besluittype(), aanvraag.motivering().strip(),
                aanvraag.ingangsdatum(), geldigTot, huidig, na, klok.nu(), gebruiker.subject());
        besluiten.persist(besluit);
        VergunningBeeld oud = VergunningBeeld.van(vergunning, vandaag);
        vergunning.verwerk(besluit);
        vergunningen.flush();
        // A decision on the application closes its case, in this transaction.
        dossiers.verwerkBesluit(vergunning.id(), besluit.besluittype(), besluit.id(), vandaag);
        // The licence as the decision changed it (status, validity), in the trail with the decision's id;
        // the enforcement lawyer's sanctions too, since they come through here.
        audittrail.legBesluit(Objecttype.VERGUNNING, vergunning.vergunningnummer(), vergunning.gemeenteCode(),
                besluit.id(), besluit.besluittype().name(), oud, VergunningBeeld.van(vergunning, vandaag),
                VergunningService.PERSOONSGEGEVENS);
        // In this transaction: every decision, the desk's and enforcement's, is an event or neither exists.
        gebeurtenissen.leg(Gebeurtenistype.VERGUNNING_BESLUIT_GENOMEN, vergunning.vergunningnummer(),
                vergunning.gemeenteCode(), "/api/v1/vergunningen/" + vergunning.vergunningnummer() + "/besluiten/"
                        + besluit.id(), Gebeurtenissen.data("vergunningnummer", vergunning.vergunningnummer(),
                        "gemeenteCode", vergunning.gemeenteCode(), "besluitId", besluit.id(),
                        "besluittype", besluit.besluittype(), "statusVoor", besluit.statusVoor(),
                        "statusNa", besluit.statusNa(), "ingangsdatum", besluit.ingangsdatum(),
                        "geldigTot", besluit.geldigTot()));
        return BesluitBeeld.van(besluit);
    }

    public BesluitBeeld lees(String vergunningnummer, java.util.UUID besluitId) {
        Vergunning vergunning = vergunningen.metNummer(vergunningnummer)
                .orElseThrow(VergunningService::nietGevonden);
        toegang.vereisLeesrecht(vergunning.gemeenteCode());
        return besluiten.findByIdOptional(besluitId)
                .filter(b -> b.vergunningId().equals(vergunning.id()))
                .map(BesluitBeeld::van)
                .orElseThrow(() -> ProbleemException.nietGevonden("Deze vergunning heeft geen besluit met dit id."));
    }

    private static void controleerData(BesluitGegevens aanvraag, Vergunning vergunning, LocalDate vandaag) {
        Invoerfouten fouten = new Invoerfouten();
        if (aanvraag.besluittype() == Besluittype.VERLENEN) {
            // Whether geldigTot may be left out depends on the rule set in force: see RegelsetToets.
            LocalDate tot = aanvraag.geldigTot();
            if (tot != null && tot.isBefore(aanvraag.ingangsdatum())) {
                fouten.fout("geldigTot", "volgorde", "Mag niet vóór de ingangsdatum liggen.");
            } else if (tot != null && tot.isBefore(vandaag)) {
                fouten.fout("geldigTot", "verleden", "Ligt in het verleden: de vergunning zou al verlopen zijn.");
            }
        } else {
            if (aanvraag.besluittype() == Besluittype.SCHORSEN && aanvraag.geldigTot() != null) {
                // A suspension that ends by itself: after this day the licence is granted again.
                if (aanvraag.geldigTot().isBefore(aanvraag.ingangsdatum())) {
                    fouten.fout("geldigTot", "volgorde", "De laatste dag van de schorsing mag niet vóór de ingangsdatum liggen.");
                } else if (aanvraag.geldigTot().isBefore(vandaag)) {
                    fouten.fout("geldigTot", "verleden", "Ligt in het verleden: de schorsing zou al voorbij zijn.");
                }
            } else if (aanvraag.geldigTot() != null) {
                fouten.fout("geldigTot", "niet-toegestaan", "Alleen bij VERLENEN en SCHORSEN; laat dit veld weg.");
            }
            if (vergunning.geldigVanaf() != null && aanvraag.ingangsdatum().isBefore(vergunning.geldigVanaf())) {
                fouten.fout("ingangsdatum", "volgorde", "Ligt vóór de ingangsdatum van de vergunning ("
                        + vergunning.geldigVanaf() + ").");
            }
            if (aanvraag.ingangsdatum().isAfter(vandaag)) {
                // Deferred effect would need a scheduled status change; until that exists we refuse
                // rather than show a status that is not yet true.
                fouten.fout("ingangsdatum", "toekomst",
                        "Alleen VERLENEN kan een ingangsdatum in de toekomst hebben; neem het besluit op de ingangsdatum.");
            }
        }
        fouten.valideer();
    }

    /**
     * The same, as the sanction kinds that take those decisions (SCHORSING, INTREKKING, OPHEFFING of a
     * suspension): a lawyer refused a SCHORSING should not be told to take a SCHORSEN decision.
     */
    private static String mogelijkeSancties(VergunningStatus status) {
        var sancties = Levenscyclus.mogelijk(status).stream().map(b -> switch (b) {
            case SCHORSEN -> "SCHORSING";
            case INTREKKEN -> "INTREKKING";
            case SCHORSING_OPHEFFEN -> "OPHEFFING van de schorsing";
            default -> null;
        }).filter(java.util.Objects::nonNull).toList();
        return sancties.isEmpty() ? "Een sanctie op deze vergunning zelf (schorsing, intrekking) is niet meer mogelijk."
                : "Mogelijk als sanctie op deze vergunning: " + String.join(", ", sancties) + ".";
    }

    private static String mogelijkeBesluiten(VergunningStatus status) {
        var mogelijk = Levenscyclus.mogelijk(status);
        return mogelijk.isEmpty() ? "In deze status is geen besluit meer mogelijk."
                : "Mogelijk in deze status: " + mogelijk.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".";
    }
}
