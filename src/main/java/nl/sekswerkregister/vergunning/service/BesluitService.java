package nl.sekswerkregister.vergunning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
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
import nl.sekswerkregister.vergunning.domain.Besluitgrond;
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
    private final Overname overname;

    public BesluitService(VergunningRepository vergunningen, BesluitRepository besluiten, Toegang toegang,
                          Gebruiker gebruiker, RegelsetToets regelsetToets, Klok klok, Gebeurtenissen gebeurtenissen,
                          Audittrail audittrail, Aanvraagdossier dossiers, Overname overname) {
        this.audittrail = audittrail;
        this.dossiers = dossiers;
        this.overname = overname;
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
        if (aanvraag.grond() == Besluitgrond.OVERNAME) {
            throw ProbleemException.ongeldig("grond", "niet-toegestaan", "De grond OVERNAME geeft de dienst zelf, wanneer "
                    + "een aanvraag met overnameVan wordt verleend; vraag de overname aan met POST /vergunningen.");
        }
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
        if (aanvraag.grond() != null && !aanvraag.grond().isSanctiegrond()) {
            // A sanction answers a wrong; a revocation at the holder's request or by a transfer is the desk's.
            throw ProbleemException.ongeldig("grond", "niet-toegestaan", "Geen grond voor een sanctie: " + aanvraag.grond()
                    + " is een besluit van de vergunningverlening, geen handhaving.");
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
        VergunningStatus huidig = vergunning.status(vandaag);
        java.util.function.Supplier<ProbleemException> onmogelijk = () -> new ProbleemException(
                ProbleemSoort.ONGELDIGE_STATUSOVERGANG, "Dit besluit is niet mogelijk: de vergunning heeft status "
                + huidig + ". " + mogelijk.apply(huidig));
        if (aanvraag.besluittype() == Besluittype.VERLENGEN) {
            // The dates of a renewal are read against the current term, which only a licence in force
            // has: the state comes first (409), then the form (400).
            Verlenging.controleer(vergunning, huidig);
            Levenscyclus.na(huidig, Besluittype.VERLENGEN).orElseThrow(onmogelijk);
        }
        controleerData(aanvraag, vergunning, vandaag);

        VergunningStatus na = Levenscyclus.na(huidig, aanvraag.besluittype()).orElseThrow(onmogelijk);
        // A transfer's old licence is locked before the municipality (RegelsetToets), the order a renewal
        // of that licence takes too (licence, then municipality), so the two cannot deadlock.
        Optional<Vergunning> overgenomen = aanvraag.besluittype() == Besluittype.VERLENEN
                ? overname.vergrendelOverTeNemen(vergunning) : Optional.empty();
        LocalDate geldigTot = switch (aanvraag.besluittype()) {
            case VERLENEN -> regelsetToets.toets(vergunning, aanvraag.ingangsdatum(), aanvraag.geldigTot());
            // The new term is checked as a grant on its first day: the rule set then in force decides
            // whether the type is still permitted, the cap not reached and the term not too long.
            case VERLENGEN -> regelsetToets.toets(vergunning, aanvraag.ingangsdatum(), aanvraag.geldigTot());
            // The last day of the suspension, when it ends by itself (optional).
            case SCHORSEN -> aanvraag.geldigTot();
            default -> null;
        };
        Besluit besluit = new Besluit(vergunning.id(), aanvraag.besluittype(), aanvraag.motivering().strip(),
                aanvraag.ingangsdatum(), geldigTot, huidig, na, klok.nu(), gebruiker.subject(), aanvraag.grond());
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
        leg(vergunning, besluit);
        overgenomen.ifPresent(voorganger -> beeindigDoorOvername(voorganger, vergunning, besluit.ingangsdatum()));
        return BesluitBeeld.van(besluit);
    }

    /**
     * The old licence of a transfer ends by a decision of its own that says so (grond OVERNAME), in the
     * transaction that grants the new one: never two operators' licences for one business, never a
     * grant without the old licence's end. It ends on the day the new licence starts (not before the old
     * one's own start), or today when the new one starts later: a revocation cannot take effect in the
     * future (see controleerData), and the transfer was decided today.
     */
    private void beeindigDoorOvername(Vergunning oud, Vergunning nieuw, LocalDate nieuwVanaf) {
        LocalDate vandaag = klok.vandaag();
        LocalDate einde = nieuwVanaf.isAfter(vandaag) ? vandaag : nieuwVanaf;
        if (oud.geldigVanaf() != null && einde.isBefore(oud.geldigVanaf())) {
            einde = oud.geldigVanaf();
        }
        VergunningStatus huidig = oud.status(vandaag);
        VergunningStatus na = Levenscyclus.na(huidig, Besluittype.INTREKKEN).orElseThrow(() ->
                ProbleemException.conflict("De over te nemen vergunning " + oud.vergunningnummer() + " heeft status "
                        + huidig + " en is niet meer in werking; een overname kan niet meer worden verleend."));
        Besluit intrekking = new Besluit(oud.id(), Besluittype.INTREKKEN, "Ingetrokken wegens overname: vergunning "
                + nieuw.vergunningnummer() + " is voor dit bedrijf verleend aan een andere exploitant.", einde, null,
                huidig, na, klok.nu(), gebruiker.subject(), Besluitgrond.OVERNAME);
        VergunningBeeld voor = VergunningBeeld.van(oud, vandaag);
        besluiten.persist(intrekking);
        oud.verwerk(intrekking);
        vergunningen.flush();
        audittrail.legBesluit(Objecttype.VERGUNNING, oud.vergunningnummer(), oud.gemeenteCode(), intrekking.id(),
                intrekking.besluittype().name(), voor, VergunningBeeld.van(oud, vandaag), VergunningService.PERSOONSGEGEVENS);
        leg(oud, intrekking);
    }

    /** In the decision's transaction: every decision, the desk's and enforcement's, is an event or neither exists. */
    private void leg(Vergunning vergunning, Besluit besluit) {
        gebeurtenissen.leg(Gebeurtenistype.VERGUNNING_BESLUIT_GENOMEN, vergunning.vergunningnummer(),
                vergunning.gemeenteCode(), "/api/v1/vergunningen/" + vergunning.vergunningnummer() + "/besluiten/"
                        + besluit.id(), Gebeurtenissen.data("vergunningnummer", vergunning.vergunningnummer(),
                        "gemeenteCode", vergunning.gemeenteCode(), "besluitId", besluit.id(),
                        "besluittype", besluit.besluittype(), "statusVoor", besluit.statusVoor(),
                        "statusNa", besluit.statusNa(), "ingangsdatum", besluit.ingangsdatum(),
                        "geldigTot", besluit.geldigTot(), "grond", besluit.grond()));
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
        controleerGrond(aanvraag, fouten);
        if (aanvraag.besluittype() == Besluittype.VERLENGEN) {
            Verlenging.controleerData(vergunning, aanvraag, fouten);
        } else if (aanvraag.besluittype() == Besluittype.VERLENEN) {
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
     * A suspension or revocation names its ground; no other decision has one. OVERNAME is refused
     * earlier (only the service gives it).
     */
    private static void controleerGrond(BesluitGegevens aanvraag, Invoerfouten fouten) {
        Besluittype type = aanvraag.besluittype();
        boolean eindigt = type == Besluittype.SCHORSEN || type == Besluittype.INTREKKEN;
        if (eindigt && aanvraag.grond() == null) {
            fouten.fout("grond", "verplicht", "Verplicht bij " + type + ": de grond uit de APV of de Wet Bibob.");
        } else if (!eindigt && aanvraag.grond() != null) {
            fouten.fout("grond", "niet-toegestaan", "Alleen bij SCHORSEN en INTREKKEN; laat dit veld weg.");
        } else if (eindigt && !aanvraag.grond().pastBij(type) && aanvraag.grond() != Besluitgrond.OVERNAME) {
            fouten.fout("grond", "niet-toegestaan", "Geen grond voor " + type + ": een schorsing is een maatregel tegen "
                    + "een misstand, niet op verzoek of omdat het bedrijf niet draait.");
        }
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
