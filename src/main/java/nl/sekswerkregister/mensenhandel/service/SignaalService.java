package nl.sekswerkregister.mensenhandel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Signaalbereik;
import nl.sekswerkregister.common.beveiliging.Toegang;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.mensenhandel.domain.Indicator;
import nl.sekswerkregister.mensenhandel.repository.SignaalRepository;
import nl.sekswerkregister.mensenhandel.repository.SignaalRepository.SignaalRij;
import nl.sekswerkregister.vergunning.service.Vestigingsregister;

/**
 * Signals of human trafficking: a municipality hands what its officers saw at premises to the RIEC of
 * its region and to the police unit, with the least data that lets them act (premises, day, indicator
 * categories, reporting organisation) and nothing that identifies a sex worker.
 *
 * <p>Who reads. The municipality's own enforcement officers, the RIEC region and the police unit the
 * signal was handed to; nobody else, the auditor included. To everyone else a signal does not exist:
 * 404, never 403, because knowing that premises were signalled is itself sensitive. The auditor answers
 * for the hand-overs through the processing log, which records every one with its purpose, and every
 * read (a failed one too), but not what the signal says.
 *
 * <p>Never edited: a correction is a new signal naming the one it replaces.
 */
@ApplicationScoped
public class SignaalService {

    static final String OVERDRAGEN = "signaal-mensenhandel.overdragen";
    static final String ZOEKEN = "signaal-mensenhandel.zoeken";
    static final String RAADPLEGEN = "signaal-mensenhandel.raadplegen";

    private final SignaalRepository signalen;
    private final Vestigingsregister vestigingsregister;
    private final Toegang toegang;
    private final Gebruiker gebruiker;
    private final Logboek logboek;
    private final Klok klok;

    public SignaalService(SignaalRepository signalen, Vestigingsregister vestigingsregister, Toegang toegang,
                          Gebruiker gebruiker, Logboek logboek, Klok klok) {
        this.signalen = signalen;
        this.vestigingsregister = vestigingsregister;
        this.toegang = toegang;
        this.gebruiker = gebruiker;
        this.logboek = logboek;
        this.klok = klok;
    }

    /** 403 unless the caller may hand over signals for a municipality; call before reading the body. */
    public void vereisOverdrachtrecht() {
        toegang.signaleerGemeente();
    }

    /**
     * The checks that need the municipality and stored data, so that they come in one answer with the
     * form's: premises of another municipality or unknown, a signal to replace that this municipality
     * did not report, a day in the future, an indicator named twice. None repeats a value sent.
     */
    public void valideer(SignaalGegevens signaal, Invoerfouten fouten) {
        String gemeente = toegang.signaleerGemeente();
        if (signaal.vestigingId() != null && !signalen.vestigingIn(signaal.vestigingId(), gemeente)) {
            fouten.fout("vestigingId", "onbekend", "Er is in uw gemeente geen vestiging met dit id.");
        }
        if (signaal.vervangt() != null && !signalen.signaalVan(signaal.vervangt(), gemeente)) {
            fouten.fout("vervangt", "onbekend", "Uw gemeente droeg geen signaal met dit id over.");
        }
        if (signaal.datum() != null && signaal.datum().isAfter(klok.vandaag())) {
            fouten.fout("datum", "toekomst", "Een signaal gaat over wat is gezien: de datum ligt niet in de toekomst.");
        }
        Set<Indicator> gezien = new HashSet<>();
        List<Indicator> indicatoren = signaal.indicatoren();
        for (int i = 0; i < indicatoren.size(); i++) {
            if (indicatoren.get(i) != null && !gezien.add(indicatoren.get(i))) {
                fouten.fout("indicatoren[" + i + "]", "dubbel", "Deze indicator staat al eerder in de lijst.");
            }
        }
    }

    @Transactional
    public SignaalBeeld draagOver(SignaalGegevens signaal, Verwerkingscontext context) {
        Instant start = klok.nu();
        String gemeente = toegang.signaleerGemeente();
        Invoerfouten fouten = new Invoerfouten();
        valideer(signaal, fouten);
        fouten.valideer();
        UUID vestiging = signaal.vestigingId() != null ? signaal.vestigingId()
                : vestigingsregister.vestigingOp(gemeente, signaal.adres());
        UUID id = UUID.randomUUID();
        signalen.voegToe(id, gemeente, vestiging, signaal.datum(),
                signaal.indicatoren().stream().sorted().toList(), signaal.organisatie(), signaal.toelichting(),
                signaal.vervangt(), klok.nu(), gebruiker.subject(), gebruiker.rollen());
        logboek.leg(context, OVERDRAGEN, null, null, start, Logboek.OK);
        // Read back as its recipients will see it: the hand-over is the municipality's own, so in reach.
        return signalen.metId(id, new Signaalbereik(gemeente, null, null)).map(SignaalService::beeld).orElseThrow();
    }

    /** The signals within the caller's reach; 403 for a token that names no municipality, region or unit. */
    @Transactional
    public Pagina<SignaalBeeld> zoek(SignaalFilter filter, Paginering paginering, Verwerkingscontext context) {
        Instant start = klok.nu();
        Signaalbereik bereik = toegang.signaalBereik();
        if (bereik.isLeeg()) {
            logboek.legMislukt(context, ZOEKEN, start);
            throw ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente'), RIEC-regio (claim "
                    + "'riecRegio') of politie-eenheid (claim 'politieEenheid') waarvoor u signalen leest.");
        }
        List<SignaalRij> rijen = signalen.pagina(bereik, filter.gemeenteCode(), filter.van(), filter.tot(),
                paginering.offset(), paginering.pageSize() + 1);
        logboek.leg(context, ZOEKEN, null, null, start, Logboek.OK);
        return Pagina.uit(rijen, paginering).map(SignaalService::beeld);
    }

    /** One signal within reach; anything else, also an id that exists elsewhere, is 404 (and logged as such). */
    @Transactional
    public SignaalBeeld lees(UUID id, Verwerkingscontext context) {
        Instant start = klok.nu();
        Signaalbereik bereik = toegang.signaalBereik();
        SignaalBeeld beeld = signalen.metId(id, bereik).map(SignaalService::beeld).orElse(null);
        if (beeld == null) {
            logboek.legMislukt(context, RAADPLEGEN, start);
            throw ProbleemException.nietGevonden("Er is geen signaal met dit id dat u mag zien.");
        }
        logboek.leg(context, RAADPLEGEN, null, null, start, Logboek.OK);
        return beeld;
    }

    private static SignaalBeeld beeld(SignaalRij r) {
        return new SignaalBeeld(r.id(), r.gemeenteCode(), r.vestigingId(), new Adres(r.straatnaam(), r.huisnummer(),
                r.huisletter(), r.toevoeging(), r.postcode(), r.woonplaats()), r.datum(), r.indicatoren(),
                r.organisatie(), r.toelichting(), r.vervangt(), r.riecRegio(), r.politieEenheid(), r.overgedragenOp());
    }
}
