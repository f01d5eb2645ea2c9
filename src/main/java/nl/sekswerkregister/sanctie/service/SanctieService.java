package nl.sekswerkregister.sanctie.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.Gebeurtenissen;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.sanctie.domain.Bezwaartermijn;
import nl.sekswerkregister.sanctie.domain.Grondslagsoort;
import nl.sekswerkregister.sanctie.domain.Sanctiesoort;
import nl.sekswerkregister.sanctie.repository.SanctieRepository;
import nl.sekswerkregister.sanctie.repository.SanctieRepository.ControleRij;
import nl.sekswerkregister.sanctie.repository.SanctieRepository.SanctieRij;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import nl.sekswerkregister.vergunning.domain.Besluitgrond;
import nl.sekswerkregister.vergunning.service.BesluitGegevens;
import nl.sekswerkregister.vergunning.service.BesluitService;

/**
 * Sanctions: enforcement decisions of a municipality, taken for the mayor by the enforcement team's
 * legal officer (handhavingsjurist) in mandate, resting on the municipality's own inspections.
 *
 * <p>Never edited. A sanction is followed, not changed: a lifting (OPHEFFING) is a decision of its own
 * that names the earlier one; a forfeiture of a penalty is a record of its own. Suspension and
 * revocation are also licence decisions, taken here in the same transaction through the licence
 * feature's {@link BesluitService}, so the licence's own history shows them.
 *
 * <p>Scope. The municipality's legal officer, inspectors and licensing desk read their own
 * municipality's sanctions, the auditor every one. Another municipality's sanction is 403 when it
 * concerns a licence that is not a home worker's (a public decision about a licensed business whose
 * existence is no secret), 404 otherwise: premises without a licence, or a home worker's, may be
 * somebody's home, and a 403 would confirm that enforcement was there. References in a new sanction
 * (premises, licence, inspections, findings) outside the officer's municipality are "unknown" (400
 * naming the field), never "elsewhere".
 *
 * <p>Every imposition, forfeiture and read is in the processing log with its purpose: a sanction is
 * about a business or a door, and who looked at it is accounted for like a lookup of premises.
 */
@ApplicationScoped
public class SanctieService {

    static final String OPLEGGEN = "sanctie.opleggen";
    static final String VERBEUREN = "sanctie.verbeurte";
    static final String RAADPLEGEN = "sanctie.raadplegen";
    static final String ZOEKEN = "sanctie.zoeken";

    /** The fields only some kinds take; every other field applies to every kind. */
    private static final List<String> SOORTVELDEN = List.of("bedrag", "bedragPer", "maximumbedrag",
            "begunstigingstermijnTot", "maatregel", "ingangsdatum", "einddatum", "opheffingVan", "vergunningnummer");
    private static final Map<Sanctiesoort, Set<String>> VERPLICHT = new EnumMap<>(Sanctiesoort.class);
    /** Allowed besides the required ones. */
    private static final Map<Sanctiesoort, Set<String>> TOEGESTAAN = new EnumMap<>(Sanctiesoort.class);

    static {
        VERPLICHT.put(Sanctiesoort.WAARSCHUWING, Set.of());
        TOEGESTAAN.put(Sanctiesoort.WAARSCHUWING, Set.of("vergunningnummer", "begunstigingstermijnTot"));
        VERPLICHT.put(Sanctiesoort.LAST_ONDER_DWANGSOM, Set.of("bedrag", "bedragPer", "maximumbedrag",
                "begunstigingstermijnTot"));
        TOEGESTAAN.put(Sanctiesoort.LAST_ONDER_DWANGSOM, Set.of("vergunningnummer"));
        VERPLICHT.put(Sanctiesoort.LAST_ONDER_BESTUURSDWANG, Set.of("begunstigingstermijnTot", "maatregel"));
        TOEGESTAAN.put(Sanctiesoort.LAST_ONDER_BESTUURSDWANG, Set.of("vergunningnummer"));
        VERPLICHT.put(Sanctiesoort.BESTUURLIJKE_BOETE, Set.of("bedrag"));
        TOEGESTAAN.put(Sanctiesoort.BESTUURLIJKE_BOETE, Set.of("vergunningnummer"));
        VERPLICHT.put(Sanctiesoort.SLUITING, Set.of("ingangsdatum", "einddatum"));
        TOEGESTAAN.put(Sanctiesoort.SLUITING, Set.of("vergunningnummer"));
        VERPLICHT.put(Sanctiesoort.SCHORSING, Set.of("vergunningnummer", "ingangsdatum", "einddatum"));
        TOEGESTAAN.put(Sanctiesoort.SCHORSING, Set.of());
        VERPLICHT.put(Sanctiesoort.INTREKKING, Set.of("vergunningnummer", "ingangsdatum"));
        TOEGESTAAN.put(Sanctiesoort.INTREKKING, Set.of());
        // A lifting concerns the licence of the sanction it lifts: it is not named again.
        VERPLICHT.put(Sanctiesoort.OPHEFFING, Set.of("opheffingVan", "ingangsdatum"));
        TOEGESTAAN.put(Sanctiesoort.OPHEFFING, Set.of());
    }

    private final SanctieRepository sancties;
    private final BesluitService besluiten;
    private final Toegang toegang;
    private final Gebruiker gebruiker;
    private final Logboek logboek;
    private final Klok klok;
    private final Gebeurtenissen gebeurtenissen;

    public SanctieService(SanctieRepository sancties, BesluitService besluiten, Toegang toegang, Gebruiker gebruiker,
                          Logboek logboek, Klok klok, Gebeurtenissen gebeurtenissen) {
        this.sancties = sancties;
        this.gebeurtenissen = gebeurtenissen;
        this.besluiten = besluiten;
        this.toegang = toegang;
        this.gebruiker = gebruiker;
        this.logboek = logboek;
        this.klok = klok;
    }

    /**
     * The rules of a sanction that need nothing stored: which fields its kind needs or refuses, dates
     * in order, a fine only on an APV basis. Run on what could be read, so these problems come in the
     * same 400 as the form's; {@link #leg} runs it again before anything is stored.
     */
    public void valideer(SanctieGegevens s, Invoerfouten fouten) {
        LocalDate vandaag = klok.vandaag();
        if (s.bekendgemaaktOp() != null && s.bekendgemaaktOp().isAfter(vandaag)) {
            fouten.fout("bekendgemaaktOp", "toekomst", "Leg de sanctie vast als zij bekendgemaakt is (Awb art. 3:40), "
                    + "niet ervoor.");
        }
        if (s.soort() == null) {
            return;
        }
        Map<String, Object> waarden = soortwaarden(s);
        for (String veld : SOORTVELDEN) {
            boolean verplicht = VERPLICHT.get(s.soort()).contains(veld);
            boolean mag = verplicht || TOEGESTAAN.get(s.soort()).contains(veld);
            if (waarden.get(veld) == null && verplicht && !fouten.isOnleesbaar(veld)) {
                fouten.fout(veld, "verplicht", "Verplicht bij " + s.soort() + ".");
            } else if (waarden.get(veld) != null && !mag) {
                fouten.fout(veld, "niet-toegestaan", "Hoort niet bij " + s.soort() + "; laat dit veld weg.");
            }
        }
        if (s.soort().vraagtControles() && s.controles().isEmpty() && !fouten.isOnleesbaar("controles")) {
            fouten.fout("controles", "verplicht", "Een sanctie rust op ten minste één controle van de gemeente "
                    + "waarin de overtreding is vastgesteld.");
        }
        if (s.ingangsdatum() != null && s.einddatum() != null && s.einddatum().isBefore(s.ingangsdatum())) {
            fouten.fout("einddatum", "volgorde", "Mag niet vóór de ingangsdatum liggen.");
        } else if (s.einddatum() != null && s.einddatum().isBefore(vandaag) && mag(s, "einddatum")) {
            fouten.fout("einddatum", "verleden", "Ligt in het verleden: de " + s.soort().name().toLowerCase()
                    + " zou al voorbij zijn.");
        }
        boolean vergunningbesluit = s.soort() == Sanctiesoort.SCHORSING || s.soort() == Sanctiesoort.INTREKKING;
        if (s.grond() != null && !vergunningbesluit) {
            fouten.fout("grond", "niet-toegestaan", "Alleen bij SCHORSING en INTREKKING (de grond van het besluit op de "
                    + "vergunning); laat dit veld weg.");
        } else if (s.grond() != null && !s.grond().isSanctiegrond()) {
            fouten.fout("grond", "niet-toegestaan", "Geen grond voor een sanctie: " + s.grond() + " is een besluit van "
                    + "de vergunningverlening, geen handhaving.");
        }
        if (vergunningbesluit && s.ingangsdatum() != null && s.ingangsdatum().isAfter(vandaag)) {
            // As for the licensing desk's own decisions: a status change cannot wait for a date.
            fouten.fout("ingangsdatum", "toekomst", "Een schorsing of intrekking gaat vandaag of eerder in; "
                    + "neem het besluit op de ingangsdatum.");
        }
        if (s.bedrag() != null && s.maximumbedrag() != null && s.maximumbedrag().compareTo(s.bedrag()) < 0) {
            fouten.fout("maximumbedrag", "onder-bedrag", "Het maximum (Awb art. 5:32b) is ten minste het bedrag per "
                    + "overtreding of periode.");
        }
        if (s.begunstigingstermijnTot() != null && s.bekendgemaaktOp() != null
                && s.begunstigingstermijnTot().isBefore(s.bekendgemaaktOp()) && mag(s, "begunstigingstermijnTot")) {
            fouten.fout("begunstigingstermijnTot", "voor-bekendmaking", "De begunstigingstermijn eindigt niet vóór "
                    + "de bekendmaking.");
        }
        // Awb art. 5:4: a punitive sanction only where a regulation provides it. The register holds no
        // APV's list of fines, so it cannot check the article itself; it refuses a fine that names no
        // APV provision at all, and keeps the one named for whoever reviews the decision.
        if (s.soort() == Sanctiesoort.BESTUURLIJKE_BOETE && !fouten.isOnleesbaar("grondslagen")
                && s.grondslagen().stream().noneMatch(g -> g != null && g.soort() == Grondslagsoort.APV)) {
            fouten.fout("grondslagen", "apv-vereist", "Een bestuurlijke boete kan alleen waar de APV er een "
                    + "voorschrijft (Awb art. 5:4): noem het artikel als grondslag van soort APV.");
        }
    }

    @Transactional
    public SanctieBeeld leg(SanctieGegevens s, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = gebruiker.gemeenteCode().orElse(null);
        toegang.vereisSanctierecht(gemeente);
        Invoerfouten fouten = new Invoerfouten();
        valideer(s, fouten);
        LocalDate vandaag = klok.vandaag();

        if (sancties.vestiging(s.vestigingId()).filter(v -> v.gemeenteCode().equals(gemeente)).isEmpty()) {
            fouten.fout("vestigingId", "onbekend", "Er is in uw gemeente geen vestiging met dit id.");
        }
        Optional<SanctieRepository.VergunningRij> vergunning = Optional.empty();
        if (s.vergunningnummer() != null) {
            vergunning = sancties.vergunning(s.vergunningnummer()).filter(v -> v.gemeenteCode().equals(gemeente));
            if (vergunning.isEmpty()) {
                fouten.fout("vergunningnummer", "onbekend", "Er is in uw gemeente geen vergunning met dit nummer.");
            } else if (!Objects.equals(vergunning.get().vestigingId(), s.vestigingId())) {
                fouten.fout("vergunningnummer", "andere-vestiging", "Deze vergunning is voor een andere vestiging.");
            }
        }
        LocalDate laatsteControle = controleerGrondslag(s, gemeente, fouten);
        if (laatsteControle != null && s.bekendgemaaktOp() != null && s.bekendgemaaktOp().isBefore(laatsteControle)) {
            fouten.fout("bekendgemaaktOp", "voor-controle", "Ligt vóór de controle waarop de sanctie rust.");
        }
        Optional<SanctieRij> opgeheven = Optional.empty();
        if (s.opheffingVan() != null) {
            // Serialised with forfeitures and other liftings of the same sanction until commit.
            sancties.vergrendel(s.opheffingVan());
            opgeheven = sancties.metId(s.opheffingVan()).filter(o -> o.gemeenteCode().equals(gemeente));
            if (opgeheven.isEmpty()) {
                fouten.fout("opheffingVan", "onbekend", "Er is in uw gemeente geen sanctie met dit id.");
            } else if (!opgeheven.get().soort().isOpTeHeffen()) {
                fouten.fout("opheffingVan", "niet-op-te-heffen", "Een " + opgeheven.get().soort()
                        + " wordt niet opgeheven: een intrekking is definitief, een opheffing wordt niet opnieuw opgeheven.");
            } else if (!opgeheven.get().vestigingId().equals(s.vestigingId())) {
                fouten.fout("opheffingVan", "andere-vestiging", "Deze sanctie geldt een andere vestiging.");
            }
        }
        fouten.valideer();
        if (opgeheven.isPresent() && opgeheven.get().opgehevenDoor() != null) {
            throw ProbleemException.conflict("Deze sanctie is al opgeheven door sanctie " + opgeheven.get().opgehevenDoor()
                    + "; een sanctie wordt één keer opgeheven.");
        }

        String nummer = opgeheven.map(SanctieRij::vergunningnummer).orElse(s.vergunningnummer());
        UUID besluitId = vergunningbesluit(s, opgeheven, nummer);
        UUID vergunningId = nummer == null ? null : sancties.vergunning(nummer).map(SanctieRepository.VergunningRij::id)
                .orElseThrow();
        UUID exploitantId = nummer == null ? null : sancties.vergunning(nummer)
                .map(SanctieRepository.VergunningRij::exploitantId).orElseThrow();
        UUID id = UUID.randomUUID();
        sancties.voegToe(new SanctieRepository.NieuweSanctieRij(id, gemeente, s.soort(), s.vestigingId(), vergunningId,
                exploitantId, s.motivering().strip(), s.bekendgemaaktOp(), Bezwaartermijn.einde(s.bekendgemaaktOp()),
                s.bedrag(), s.bedragPer(), s.maximumbedrag(), s.begunstigingstermijnTot(),
                s.maatregel() == null ? null : s.maatregel().strip(), s.ingangsdatum(), s.einddatum(), besluitId,
                s.opheffingVan(), klok.nu(), gebruiker.subject(), gebruiker.rollen(),
                s.grondslagen().stream().map(g -> new SanctieRepository.GrondslagRij(id, g.soort(), g.verwijzing().strip()))
                        .toList(), List.copyOf(new java.util.LinkedHashSet<>(s.controles())),
                List.copyOf(new java.util.LinkedHashSet<>(s.bevindingen()))));
        logboek.leg(context, OPLEGGEN, null, null, start, Logboek.OK);
        // Numbers, kind and dates: never the motivation, the measure or the legal officer.
        gebeurtenissen.leg(Gebeurtenistype.SANCTIE_OPGELEGD, id.toString(), gemeente, "/api/v1/sancties/" + id,
                Gebeurtenissen.data("sanctieId", id, "gemeenteCode", gemeente, "soort", s.soort(),
                        "vestigingId", s.vestigingId(), "vergunningnummer", nummer, "besluitId", besluitId,
                        "opheffingVan", s.opheffingVan(), "bekendgemaaktOp", s.bekendgemaaktOp(),
                        "ingangsdatum", s.ingangsdatum(), "einddatum", s.einddatum()));
        return beelden(List.of(sancties.metId(id).orElseThrow())).get(0);
    }

    /**
     * Suspension and revocation are licence decisions as well (and lifting a suspension that is still
     * in force): taken here, in this transaction, through the licence feature, which checks the
     * licence's lifecycle (409 when the licence is not in a state for it).
     */
    private UUID vergunningbesluit(SanctieGegevens s, Optional<SanctieRij> opgeheven, String nummer) {
        String motivering = s.motivering().strip();
        // Every sanction rests on inspections that found a wrong: without a ground named, that is a breach of
        // the licence's conditions or the APV. The jurist names another (Bibob, public order, misstanden)
        // where it applies; the national history reads it to tell a sanction from a revocation on request.
        Besluitgrond grond = s.grond() == null ? Besluitgrond.OVERTREDING_VOORSCHRIFTEN : s.grond();
        return switch (s.soort()) {
            case SCHORSING -> besluiten.neemAlsSanctie(nummer, new BesluitGegevens(Besluittype.SCHORSEN, motivering,
                    s.ingangsdatum(), s.einddatum(), grond)).id();
            case INTREKKING -> besluiten.neemAlsSanctie(nummer, new BesluitGegevens(Besluittype.INTREKKEN, motivering,
                    s.ingangsdatum(), null, grond)).id();
            case OPHEFFING -> opgeheven.filter(o -> o.soort() == Sanctiesoort.SCHORSING)
                    .filter(o -> besluiten.isGeschorst(nummer))
                    .map(o -> besluiten.neemAlsSanctie(nummer, new BesluitGegevens(Besluittype.SCHORSING_OPHEFFEN,
                            motivering, s.ingangsdatum(), null, null)).id())
                    .orElse(null);
            default -> null;
        };
    }

    /**
     * The inspections and findings a sanction rests on: of the officer's own municipality, at the same
     * premises, each finding of one of the inspections named. Returns the latest inspection's date.
     */
    private LocalDate controleerGrondslag(SanctieGegevens s, String gemeente, Invoerfouten fouten) {
        Map<UUID, ControleRij> controles = sancties.controles(new HashSet<>(s.controles())).stream()
                .filter(c -> c.gemeenteCode().equals(gemeente))
                .collect(Collectors.toMap(ControleRij::id, Function.identity()));
        LocalDate laatste = null;
        Set<UUID> gezien = new HashSet<>();
        for (int i = 0; i < s.controles().size(); i++) {
            UUID id = s.controles().get(i);
            ControleRij c = controles.get(id);
            if (!gezien.add(id)) {
                fouten.fout("controles[" + i + "]", "dubbel", "Deze controle staat al eerder in de lijst.");
            } else if (c == null) {
                fouten.fout("controles[" + i + "]", "onbekend", "Er is in uw gemeente geen controle met dit id.");
            } else if (!c.vestigingId().equals(s.vestigingId())) {
                fouten.fout("controles[" + i + "]", "andere-vestiging", "Deze controle was bij een andere vestiging.");
            } else if (laatste == null || c.datum().isAfter(laatste)) {
                laatste = c.datum();
            }
        }
        Map<UUID, UUID> controleVan = sancties.bevindingen(new HashSet<>(s.bevindingen())).stream()
                .collect(Collectors.toMap(SanctieRepository.BevindingRij::id, SanctieRepository.BevindingRij::controleId));
        Set<UUID> eigen = sancties.controles(new HashSet<>(controleVan.values())).stream()
                .filter(c -> c.gemeenteCode().equals(gemeente)).map(ControleRij::id).collect(Collectors.toSet());
        gezien.clear();
        for (int i = 0; i < s.bevindingen().size(); i++) {
            UUID id = s.bevindingen().get(i);
            UUID controle = controleVan.get(id);
            if (!gezien.add(id)) {
                fouten.fout("bevindingen[" + i + "]", "dubbel", "Deze bevinding staat al eerder in de lijst.");
            } else if (controle == null || !eigen.contains(controle)) {
                fouten.fout("bevindingen[" + i + "]", "onbekend", "Er is in uw gemeente geen bevinding met dit id.");
            } else if (!s.controles().contains(controle)) {
                fouten.fout("bevindingen[" + i + "]", "niet-bij-controles", "Deze bevinding hoort niet bij een van de "
                        + "genoemde controles; noem haar controle ook.");
            }
        }
        return laatste;
    }

    /**
     * A forfeiture of a penalty (Awb art. 5:33): only on an order subject to a penalty, only after its
     * compliance deadline, established by an inspection of the municipality after that deadline, and
     * never beyond the maximum in total. Forfeitures of one penalty are serialised, so two recorded at
     * once cannot together pass the maximum.
     */
    @Transactional
    public VerbeurteBeeld verbeur(UUID sanctieId, VerbeurteGegevens v, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = gebruiker.gemeenteCode().orElse(null);
        toegang.vereisSanctierecht(gemeente);
        sancties.vergrendel(sanctieId);
        SanctieRij sanctie = zichtbaar(sancties.metId(sanctieId), Optional.of(gemeente), context, VERBEUREN, start);
        if (sanctie.soort() != Sanctiesoort.LAST_ONDER_DWANGSOM) {
            throw ProbleemException.conflict("Alleen een last onder dwangsom kan worden verbeurd; dit is een "
                    + sanctie.soort() + ".");
        }
        if (sanctie.opgehevenPer() != null && !v.datum().isBefore(sanctie.opgehevenPer())) {
            throw ProbleemException.conflict("De last is opgeheven per " + sanctie.opgehevenPer()
                    + "; daarna wordt niets meer verbeurd.");
        }
        Invoerfouten fouten = new Invoerfouten();
        LocalDate termijn = sanctie.begunstigingstermijnTot();
        if (v.datum().isAfter(klok.vandaag())) {
            fouten.fout("datum", "toekomst", "Een verbeurte wordt vastgelegd als zij heeft plaatsgevonden.");
        } else if (!v.datum().isAfter(termijn)) {
            fouten.fout("datum", "binnen-begunstigingstermijn", "Ligt niet na de begunstigingstermijn (tot en met "
                    + termijn + "): binnen die termijn wordt niets verbeurd.");
        }
        Optional<ControleRij> controle = sancties.controles(Set.of(v.controleId())).stream()
                .filter(c -> c.gemeenteCode().equals(gemeente)).findFirst();
        if (controle.isEmpty()) {
            fouten.fout("controleId", "onbekend", "Er is in uw gemeente geen controle met dit id.");
        } else if (!controle.get().vestigingId().equals(sanctie.vestigingId())) {
            fouten.fout("controleId", "andere-vestiging", "Deze controle was bij een andere vestiging.");
        } else if (!controle.get().datum().isAfter(termijn)) {
            fouten.fout("controleId", "binnen-begunstigingstermijn", "Deze controle was niet na de begunstigingstermijn "
                    + "en kan de overtreding daarna niet vaststellen.");
        }
        BigDecimal eerder = sancties.verbeurten(List.of(sanctieId)).stream().map(SanctieRepository.VerbeurteRij::bedrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ruimte = sanctie.maximumbedrag().subtract(eerder);
        if (v.bedrag().compareTo(ruimte) > 0) {
            fouten.fout("bedrag", "boven-maximum", "Samen met wat al verbeurd is zou dit boven het maximum van de "
                    + "dwangsom komen; er kan nog " + ruimte.toPlainString() + " euro worden verbeurd.");
        }
        fouten.valideer();
        var rij = new SanctieRepository.VerbeurteRij(UUID.randomUUID(), sanctieId, v.datum(), euro(v.bedrag()), v.controleId(),
                klok.nu(), gebruiker.rollen());
        sancties.voegToe(rij, gebruiker.subject());
        logboek.leg(context, VERBEUREN, null, null, start, Logboek.OK);
        return new VerbeurteBeeld(rij.id(), sanctieId, rij.datum(), rij.bedrag(), rij.controleId(), rij.vastgelegdOp(),
                rij.vastgelegdRol(), euro(eerder.add(v.bedrag())), sanctie.maximumbedrag());
    }

    @Transactional
    public SanctieBeeld lees(UUID id, Verwerkingscontext context) {
        Instant start = klok.nu();
        SanctieRij sanctie = zichtbaar(sancties.metId(id), toegang.sanctieBereik(), context, RAADPLEGEN, start);
        SanctieBeeld beeld = beelden(List.of(sanctie)).get(0);
        logboek.leg(context, RAADPLEGEN, null, null, start, Logboek.OK);
        return beeld;
    }

    /** Sanctions in the caller's reach; a filter on premises or a licence elsewhere finds nothing, as if there were none. */
    @Transactional
    public Pagina<SanctieBeeld> zoek(SanctieFilter filter, Paginering paginering, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = toegang.sanctieBereik().orElse(null);
        List<SanctieRij> rijen = sancties.pagina(gemeente, filter.vestigingId(), filter.vergunningnummer(),
                paginering.offset(), paginering.pageSize() + 1);
        Pagina<SanctieBeeld> pagina = Pagina.uit(beelden(rijen), paginering);
        logboek.leg(context, ZOEKEN, null, null, start, Logboek.OK);
        return pagina;
    }

    /** The sanction if the caller may see it; else 403 for a public decision on a licence, 404 otherwise (see class). */
    private SanctieRij zichtbaar(Optional<SanctieRij> gevonden, Optional<String> bereik, Verwerkingscontext context,
                                 String operatie, Instant start) {
        if (gevonden.isPresent() && bereik.map(gevonden.get().gemeenteCode()::equals).orElse(true)) {
            return gevonden.get();
        }
        logboek.legMislukt(context, operatie, start);
        if (gevonden.isPresent() && gevonden.get().vergunningnummer() != null
                && gevonden.get().bedrijfstype() != Bedrijfstype.THUISWERK) {
            throw ProbleemException.geenToegang("Deze sanctie is van een andere gemeente; uw token geeft alleen "
                    + "toegang tot sancties van uw eigen gemeente.");
        }
        throw ProbleemException.nietGevonden("Er is geen sanctie met dit id die u mag zien.");
    }

    private List<SanctieBeeld> beelden(List<SanctieRij> rijen) {
        List<UUID> ids = rijen.stream().map(SanctieRij::id).toList();
        Map<UUID, List<SanctieGegevens.Grondslag>> grondslagen = sancties.grondslagen(ids).stream().collect(
                Collectors.groupingBy(SanctieRepository.GrondslagRij::sanctieId, Collectors.mapping(
                        g -> new SanctieGegevens.Grondslag(g.soort(), g.verwijzing()), Collectors.toList())));
        Map<UUID, List<UUID>> controles = perSanctie(sancties.koppelingen("sanctie_controle", ids));
        Map<UUID, List<UUID>> bevindingen = perSanctie(sancties.koppelingen("sanctie_bevinding", ids));
        Map<UUID, List<SanctieRepository.VerbeurteRij>> verbeurten = sancties.verbeurten(ids).stream()
                .collect(Collectors.groupingBy(SanctieRepository.VerbeurteRij::sanctieId));
        List<SanctieBeeld> uit = new ArrayList<>();
        for (SanctieRij r : rijen) {
            List<SanctieRepository.VerbeurteRij> verbeurd = verbeurten.getOrDefault(r.id(), List.of());
            uit.add(new SanctieBeeld(r.id(), r.gemeenteCode(), r.soort(), r.vestigingId(), r.vergunningnummer(),
                    r.exploitantId(), r.kvkNummer(), r.motivering(), grondslagen.getOrDefault(r.id(), List.of()),
                    controles.getOrDefault(r.id(), List.of()), bevindingen.getOrDefault(r.id(), List.of()),
                    r.bekendgemaaktOp(), r.bezwaarTot(), r.bedrag(), r.bedragPer(), r.maximumbedrag(),
                    r.begunstigingstermijnTot(), r.maatregel(), r.ingangsdatum(), r.einddatum(), r.besluitId(),
                    r.opheffingVan(), r.opgehevenDoor() == null ? null
                            : new SanctieBeeld.Opheffing(r.opgehevenDoor(), r.opgehevenPer()),
                    verbeurd.stream().map(v -> new SanctieBeeld.Verbeurte(v.id(), v.datum(), v.bedrag(), v.controleId(),
                            v.vastgelegdOp(), v.vastgelegdRol())).toList(),
                    r.soort() == Sanctiesoort.LAST_ONDER_DWANGSOM ? euro(verbeurd.stream()
                            .map(SanctieRepository.VerbeurteRij::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add)) : null,
                    r.genomenOp(), r.genomenRol()));
        }
        return uit;
    }

    /** Amounts in euros with cents, as stored (numeric(12,2)) and shown: 400.00, not 400. */
    private static BigDecimal euro(BigDecimal bedrag) {
        return bedrag.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static Map<UUID, List<UUID>> perSanctie(List<UUID[]> paren) {
        return paren.stream().collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(p -> p[1], Collectors.toList())));
    }

    private static Map<String, Object> soortwaarden(SanctieGegevens s) {
        Map<String, Object> waarden = new java.util.HashMap<>();
        waarden.put("bedrag", s.bedrag());
        waarden.put("bedragPer", s.bedragPer());
        waarden.put("maximumbedrag", s.maximumbedrag());
        waarden.put("begunstigingstermijnTot", s.begunstigingstermijnTot());
        waarden.put("maatregel", s.maatregel());
        waarden.put("ingangsdatum", s.ingangsdatum());
        waarden.put("einddatum", s.einddatum());
        waarden.put("opheffingVan", s.opheffingVan());
        waarden.put("vergunningnummer", s.vergunningnummer());
        return waarden;
    }

    private static boolean mag(SanctieGegevens s, String veld) {
        return VERPLICHT.get(s.soort()).contains(veld) || TOEGESTAAN.get(s.soort()).contains(veld);
    }
}
