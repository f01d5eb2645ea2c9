package nl.sekswerkregister.vergunning.service;

import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.service.Audittrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.Gebeurtenissen;
import nl.sekswerkregister.privacy.Identificatie;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.vergunning.domain.Beheerderwijziging;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit;
import nl.sekswerkregister.vergunning.domain.BeheerderwijzigingBesluit.Uitkomst;
import nl.sekswerkregister.vergunning.domain.Vergunning;
import nl.sekswerkregister.vergunning.domain.VergunningStatus;
import nl.sekswerkregister.vergunning.repository.BeheerderwijzigingRepository;
import nl.sekswerkregister.vergunning.repository.VergunningRepository;

/**
 * A change of the managers of a granted licence: requested, then approved or refused by the mayor
 * (in mandate, by the licensing officer) after a conduct check. The managers' conduct was part of the
 * grant, so a new manager is as much a decision as the grant was; a PATCH would skip that check and
 * leave no history. While the application is pending, the managers are still part of the application
 * and a PATCH changes them (VergunningService.wijzig).
 */
@ApplicationScoped
public class BeheerderwijzigingService {

    private final VergunningRepository vergunningen;
    private final BeheerderwijzigingRepository wijzigingen;
    private final Toegang toegang;
    private final Gebruiker gebruiker;
    private final Pseudonimisering pseudoniemen;
    private final Klok klok;
    private final Gebeurtenissen gebeurtenissen;

    private final Audittrail audittrail;
    private final VergunningService vergunningService;

    /** What the trail of a request lists without values: the managers it adds or removes (pseudonyms). */
    private static final java.util.Set<String> PERSOONSGEGEVENS = java.util.Set.of("toevoegen", "verwijderen");

    public BeheerderwijzigingService(VergunningRepository vergunningen, BeheerderwijzigingRepository wijzigingen,
                                     Toegang toegang, Gebruiker gebruiker, Pseudonimisering pseudoniemen, Klok klok,
                                     Gebeurtenissen gebeurtenissen, Audittrail audittrail,
                                     VergunningService vergunningService) {
        this.audittrail = audittrail;
        this.vergunningService = vergunningService;
        this.vergunningen = vergunningen;
        this.wijzigingen = wijzigingen;
        this.toegang = toegang;
        this.gebruiker = gebruiker;
        this.pseudoniemen = pseudoniemen;
        this.klok = klok;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Transactional
    public BeheerderwijzigingBeeld vraagAan(String vergunningnummer, BeheerderwijzigingGegevens aanvraag) {
        Vergunning vergunning = vergunningen.metNummer(vergunningnummer).orElseThrow(VergunningService::nietGevonden);
        toegang.vereisSchrijfrecht(vergunning.gemeenteCode());
        vereisVerleend(vergunning);
        int versie = pseudoniemen.beheerderSleutels().actieveVersie();
        Map<String, String> huidigeOpWeergave = huidigeOnderActieveSleutel(vergunning);
        Invoerfouten fouten = new Invoerfouten();
        if (aanvraag.toevoegen().isEmpty() && aanvraag.verwijderen().isEmpty()) {
            fouten.fout("toevoegen", "leeg", "Een wijziging voegt ten minste één beheerder toe of verwijdert er één.");
        }
        // Municipal pseudonym -> national one, in the order given: both are made now, while the identification
        // is at hand; it is not kept until the approval.
        Map<String, String> toevoegen = new java.util.LinkedHashMap<>();
        for (int i = 0; i < aanvraag.toevoegen().size(); i++) {
            String pseudoniem = beheerderpseudoniem(aanvraag.toevoegen().get(i), vergunning.gemeenteCode());
            if (huidigeOpWeergave.containsValue(pseudoniem)) {
                fouten.fout("toevoegen[" + i + "]", "al-beheerder", "Deze persoon is al beheerder van deze vergunning.");
            }
            toevoegen.put(pseudoniem, pseudoniemen.beheerderLandelijk(aanvraag.toevoegen().get(i)));
        }
        LinkedHashSet<String> verwijderen = new LinkedHashSet<>();
        for (int i = 0; i < aanvraag.verwijderen().size(); i++) {
            String opgeslagen = huidigeOpWeergave.get(aanvraag.verwijderen().get(i));
            if (opgeslagen == null) {
                fouten.fout("verwijderen[" + i + "]", "onbekend", "Geen beheerder van deze vergunning.");
            } else {
                verwijderen.add(opgeslagen);
            }
        }
        if (!fouten.zijnEr() && na(huidigeOpWeergave.values(), toevoegen.keySet(), verwijderen).isEmpty()) {
            fouten.fout("verwijderen", "laatste-beheerder", "Een vergunning houdt ten minste één beheerder.");
        }
        fouten.valideer();
        Beheerderwijziging wijziging = new Beheerderwijziging(vergunning.id(), List.copyOf(toevoegen.keySet()),
                List.copyOf(toevoegen.values()), List.copyOf(verwijderen), versie, klok.nu(), gebruiker.subject());
        wijzigingen.persistAndFlush(wijziging);
        BeheerderwijzigingBeeld beeld = BeheerderwijzigingBeeld.van(vergunning.vergunningnummer(), wijziging, null);
        audittrail.legAanmaak(Objecttype.BEHEERDERWIJZIGING, vergunning.vergunningnummer(), vergunning.gemeenteCode(),
                beeld, PERSOONSGEGEVENS);
        return beeld;
    }

    public List<BeheerderwijzigingBeeld> lijst(String vergunningnummer) {
        Vergunning vergunning = vergunningen.metNummer(vergunningnummer).orElseThrow(VergunningService::nietGevonden);
        toegang.vereisLeesrecht(vergunning.gemeenteCode());
        List<Beheerderwijziging> alle = wijzigingen.vanVergunning(vergunning.id());
        Map<UUID, BeheerderwijzigingBesluit> besluiten = wijzigingen.besluiten(alle.stream().map(Beheerderwijziging::id)
                .toList()).stream().collect(Collectors.toMap(BeheerderwijzigingBesluit::wijzigingId, Function.identity()));
        return alle.stream().map(w -> BeheerderwijzigingBeeld.van(vergunningnummer, w, besluiten.get(w.id()))).toList();
    }

    public BeheerderwijzigingBeeld lees(String vergunningnummer, UUID id) {
        Vergunning vergunning = vergunningen.metNummer(vergunningnummer).orElseThrow(VergunningService::nietGevonden);
        toegang.vereisLeesrecht(vergunning.gemeenteCode());
        Beheerderwijziging wijziging = wijziging(vergunning, id);
        return BeheerderwijzigingBeeld.van(vergunningnummer, wijziging, wijzigingen.besluit(id).orElse(null));
    }

    /**
     * Decides on a request. Under the licence's row lock, like every decision on it: two approvals of one
     * request, or of two requests that together would remove every manager, are taken one after the
     * other, and the second sees what the first did (409). The primary key of the decision backs this up.
     */
    @Transactional
    public BeheerderwijzigingBeeld beslis(String vergunningnummer, UUID id, BeheerderwijzigingBesluitGegevens besluit) {
        Vergunning vergunning = vergunningen.metNummerVoorBesluit(vergunningnummer)
                .orElseThrow(VergunningService::nietGevonden);
        toegang.vereisSchrijfrecht(vergunning.gemeenteCode());
        Beheerderwijziging wijziging = wijziging(vergunning, id);
        if (besluit.toetsUitgevoerdOp().isAfter(klok.vandaag())) {
            throw ProbleemException.ongeldig("toets.uitgevoerdOp", "toekomst",
                    "De toets is gedaan vóór het besluit, niet erna.");
        }
        if (wijzigingen.besluit(id).isPresent()) {
            throw ProbleemException.conflict("Op deze beheerderwijziging is al besloten; een besluit wordt niet gewijzigd.");
        }
        VergunningBeeld voor = VergunningBeeld.van(vergunning, klok.vandaag());
        if (besluit.uitkomst() == Uitkomst.GOEDGEKEURD) {
            vereisVerleend(vergunning);
            pasToe(vergunning, wijziging);
        }
        BeheerderwijzigingBesluit genomen = new BeheerderwijzigingBesluit(id, besluit.uitkomst(),
                besluit.motivering().strip(), besluit.toetsSoort(), besluit.toetsUitgevoerdOp(), klok.nu(),
                gebruiker.subject());
        wijzigingen.leg(genomen);
        vergunningen.flush();
        // The licence's managers as the decision left them (masked: that they changed, not who).
        audittrail.legBesluit(Objecttype.BEHEERDERWIJZIGING, vergunning.vergunningnummer(), vergunning.gemeenteCode(),
                id, "BEHEERDERWIJZIGING_" + besluit.uitkomst().name(), voor, VergunningBeeld.van(vergunning, klok.vandaag()),
                VergunningService.PERSOONSGEGEVENS);
        // Numbers and outcome only: never the managers' pseudonyms, the motivation or the check's result.
        gebeurtenissen.leg(Gebeurtenistype.VERGUNNING_BEHEERDERWIJZIGING_BESLOTEN, vergunning.vergunningnummer(),
                vergunning.gemeenteCode(), "/api/v1/vergunningen/" + vergunning.vergunningnummer()
                        + "/beheerderwijzigingen/" + id, Gebeurtenissen.data("vergunningnummer",
                        vergunning.vergunningnummer(), "gemeenteCode", vergunning.gemeenteCode(), "wijzigingId", id,
                        "uitkomst", besluit.uitkomst(), "aantalToegevoegd", wijziging.toevoegen().size(),
                        "aantalVerwijderd", wijziging.verwijderen().size()));
        return BeheerderwijzigingBeeld.van(vergunningnummer, wijziging, genomen);
    }

    /**
     * HOOK (national manager pseudonym): the one place where a manager named in a change becomes what
     * is stored of them. Today: this municipality's pseudonym under the active manager key.
     */
    String beheerderpseudoniem(Identificatie identificatie, String gemeenteCode) {
        return pseudoniemen.beheerder(identificatie, gemeenteCode);
    }

    /**
     * Applies an approved change to the licence's managers as they are now (another approved change may
     * have come first): all under the active key, the new ones added and the removed ones gone; at least
     * one must remain.
     */
    private void pasToe(Vergunning vergunning, Beheerderwijziging wijziging) {
        int actief = pseudoniemen.beheerderSleutels().actieveVersie();
        List<String> huidige = huidigeOnderActieveSleutel(vergunning).values().stream().toList();
        List<String> toevoegen = onderActieveSleutel(wijziging.toevoegen(), wijziging.sleutelversie());
        List<String> verwijderen = onderActieveSleutel(wijziging.verwijderen(), wijziging.sleutelversie());
        List<String> na = na(huidige, toevoegen, verwijderen);
        if (na.isEmpty()) {
            throw ProbleemException.conflict("Na deze wijziging zou de vergunning geen beheerder meer hebben; "
                    + "een eerdere wijziging heeft de overige beheerders al verwijderd.");
        }
        vergunning.vervangBeheerders(na, actief);
        // The national pseudonyms go with them (V26), moved to the active key like the municipal ones.
        List<String> landelijk = onderActieveSleutel(wijziging.toevoegenLandelijk(), wijziging.sleutelversie());
        Map<String, String> landelijkVanToegevoegd = new HashMap<>();
        for (int i = 0; i < toevoegen.size(); i++) {
            landelijkVanToegevoegd.put(toevoegen.get(i), landelijk.get(i));
        }
        vergunningService.legBeheerderwijzigingVast(vergunning.id(), na, landelijkVanToegevoegd);
    }

    private static List<String> na(java.util.Collection<String> huidige, java.util.Collection<String> toevoegen,
                                   java.util.Collection<String> verwijderen) {
        LinkedHashSet<String> na = new LinkedHashSet<>(huidige);
        na.removeAll(verwijderen);
        na.addAll(toevoegen);
        return List.copyOf(na);
    }

    /** The licence's managers by the pseudonym it shows, each as stored under the active key. */
    private Map<String, String> huidigeOnderActieveSleutel(Vergunning vergunning) {
        return pseudoniemen.beheerdersOpWeergave(vergunning.beheerders(), vergunning.beheerderSleutelversie());
    }

    private List<String> onderActieveSleutel(List<String> opgeslagen, int versie) {
        return opgeslagen.stream().map(p -> pseudoniemen.beheerderOnderActieveSleutel(p, versie)).toList();
    }

    private void vereisVerleend(Vergunning vergunning) {
        VergunningStatus status = vergunning.status(klok.vandaag());
        if (status == VergunningStatus.AANGEVRAAGD) {
            throw ProbleemException.conflict("Deze vergunning is nog aangevraagd: wijzig de beheerders van de aanvraag "
                    + "met PATCH /vergunningen/" + vergunning.vergunningnummer() + ".");
        }
        if (status != VergunningStatus.VERLEEND && status != VergunningStatus.GESCHORST) {
            throw ProbleemException.conflict("Deze vergunning heeft status " + status
                    + "; de beheerders kunnen niet meer worden gewijzigd.");
        }
    }

    private Beheerderwijziging wijziging(Vergunning vergunning, UUID id) {
        return wijzigingen.findByIdOptional(id).filter(w -> w.vergunningId().equals(vergunning.id()))
                .orElseThrow(() -> ProbleemException.nietGevonden("Deze vergunning heeft geen beheerderwijziging met dit id."));
    }

}
