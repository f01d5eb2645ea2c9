package nl.sekswerkregister.vestiging.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.service.Audittrail;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.common.adres.Adressleutel;
import nl.sekswerkregister.common.beveiliging.Bereik;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.vergunning.domain.Controlestatus;
import nl.sekswerkregister.vergunning.service.Vestigingsregister;
import nl.sekswerkregister.vestiging.domain.Vestiging;
import nl.sekswerkregister.vestiging.repository.VestigingRepository;

/**
 * Premises: made when a licence names an address, looked up by enforcement.
 *
 * <p>Scope ({@link Toegang#vestigingBereik()}). A municipal officer looks in their own municipality
 * only, a police vice unit in the municipalities of its unit; premises elsewhere are not found (an
 * empty page, 404 for an id), never 403: a 403 would confirm that the door is licensed somewhere, and
 * premises of a home worker are a person's home. The police, the auditor and the national framework
 * keeper do not see premises that are only a home worker's home, nor the THUISWERK licences of other
 * premises: a municipality's own officers need those, nobody looking over a region or the country does.
 *
 * <p>Accountability. Looking up an address is a look at public decisions, but it is a look by a
 * named officer at a place, sometimes somebody's home, so every lookup (also a failed one) is in the
 * processing log with its purpose, like the check of a registration.
 */
@ApplicationScoped
public class VestigingService implements Vestigingsregister {

    static final String ZOEKEN = "vestiging.zoeken";
    static final String RAADPLEGEN = "vestiging.raadplegen";

    private final VestigingRepository vestigingen;
    private final Toegang toegang;
    private final Gebruiker gebruiker;
    private final Logboek logboek;
    private final Klok klok;
    private final Audittrail audittrail;

    public VestigingService(VestigingRepository vestigingen, Toegang toegang, Gebruiker gebruiker, Logboek logboek,
                            Klok klok, Audittrail audittrail) {
        this.audittrail = audittrail;
        this.vestigingen = vestigingen;
        this.toegang = toegang;
        this.gebruiker = gebruiker;
        this.logboek = logboek;
        this.klok = klok;
    }

    /**
     * Premises made or marked as a home are in the audit trail, one row per write: made (with their home
     * mark as it then is), or marked. Their address is listed without values: premises may be someone's
     * home, now or once a later licence says so, and the trail is never rewritten. The premises themselves
     * keep the address, read under their own scope.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID vestigingOp(String gemeenteCode, Adres adres, boolean woning) {
        VestigingRepository.GevondenVestigingRij gevonden = vestigingen.vindOfMaak(gemeenteCode, Adressleutel.van(adres),
                adres.straatnaam(), adres.woonplaats(), klok.nu(), gebruiker.subject(), gebruiker.rollen());
        UUID id = gevonden.id();
        boolean gemarkeerd = woning && vestigingen.markeerAlsWoning(id);
        if (gevonden.nieuw()) {
            audittrail.legAanmaak(Objecttype.VESTIGING, id.toString(), gemeenteCode,
                    new VestigingAuditBeeld(gemeenteCode, adres, woning), PERSOONSGEGEVENS);
        } else if (gemarkeerd) {
            audittrail.legWijziging(Objecttype.VESTIGING, id.toString(), gemeenteCode,
                    new VestigingAuditBeeld(gemeenteCode, adres, false), new VestigingAuditBeeld(gemeenteCode, adres, true),
                    PERSOONSGEGEVENS);
        }
        return id;
    }

    /** What the trail compares of premises; the address by its paths, listed without values. */
    record VestigingAuditBeeld(String gemeenteCode, Adres adres, boolean woning) {
    }

    private static final java.util.Set<String> PERSOONSGEGEVENS = java.util.Set.of("adres");

    @Override
    public boolean isWoning(UUID vestigingId) {
        return vestigingen.isWoning(vestigingId);
    }

    @Transactional
    public Pagina<VestigingBeeld> zoek(VestigingFilter filter, Paginering paginering, Verwerkingscontext context) {
        Instant start = klok.nu();
        Bereik bereik = toegang.vestigingBereik();
        int aantal = paginering.pageSize() + 1;
        List<Vestiging> gevonden = filter.adres() != null
                ? vestigingen.opAdres(bereik, filter.adres(), paginering.offset(), aantal)
                : vestigingen.vanExploitant(bereik, filter.kvkNummer(), paginering.offset(), aantal);
        List<VestigingBeeld> beelden = metVergunningen(gevonden, !bereik.metThuiswerk());
        logboek.leg(context, ZOEKEN, null, null, start, Logboek.OK);
        return Pagina.uit(beelden, paginering);
    }

    @Transactional
    public VestigingBeeld lees(UUID id, Verwerkingscontext context) {
        Instant start = klok.nu();
        Bereik bereik = toegang.vestigingBereik();
        Optional<Vestiging> vestiging = vestigingen.metId(id).filter(v -> bereik.omvat(v.gemeenteCode())
                && (bereik.metThuiswerk() || !vestigingen.isAlleenThuiswerk(v.id())));
        if (vestiging.isEmpty()) {
            logboek.legMislukt(context, RAADPLEGEN, start);
            throw ProbleemException.nietGevonden("Er is geen vestiging met dit id die u mag zien.");
        }
        VestigingBeeld beeld = metVergunningen(List.of(vestiging.get()), !bereik.metThuiswerk()).get(0);
        logboek.leg(context, RAADPLEGEN, null, null, start, Logboek.OK);
        return beeld;
    }

    /**
     * With the licences at the premises, their status as the status check gives it today, and a
     * closure in force today (a sanction: premises closed by the mayor show it, licensed or not).
     */
    private List<VestigingBeeld> metVergunningen(List<Vestiging> gevonden, boolean zonderThuiswerk) {
        LocalDate vandaag = klok.vandaag();
        List<UUID> ids = gevonden.stream().map(Vestiging::id).toList();
        Map<UUID, VestigingBeeld.Sluiting> gesloten = vestigingen.sluitingen(ids, vandaag).stream()
                .collect(Collectors.toMap(VestigingRepository.SluitingRij::vestigingId,
                        s -> new VestigingBeeld.Sluiting(s.sanctieId(), s.ingangsdatum(), s.einddatum()), (a, b) -> a));
        Map<UUID, List<VestigingBeeld.Vergunning>> perVestiging = vestigingen.vergunningen(ids).stream()
                .filter(r -> !(zonderThuiswerk && r.bedrijfstype() == Bedrijfstype.THUISWERK))
                .collect(Collectors.groupingBy(VestigingRepository.VergunningRij::vestigingId,
                        Collectors.mapping(r -> new VestigingBeeld.Vergunning(r.vergunningnummer(), r.bedrijfstype(),
                                Controlestatus.bepaal(r.status(), r.geldigVanaf(), r.geldigTot(), r.geschorstTot(),
                                        gesloten.containsKey(r.vestigingId()), vandaag), r.geldigTot()),
                                Collectors.toList())));
        return gevonden.stream().map(v -> new VestigingBeeld(v.id(), v.gemeenteCode(), v.adres(),
                v.nummeraanduidingIdentificatie(), v.isWoning(), v.aangemaaktOp(), perVestiging.getOrDefault(v.id(), List.of()),
                gesloten.get(v.id()))).toList();
    }
}
