package nl.sekswerkregister.openbaar.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.sekswerkregister.common.adres.Adres;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.openbaar.repository.OpenbaarRegisterRepository;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;
import nl.sekswerkregister.regelset.service.RegelsetService;

/**
 * Open data, for anyone and without a token: the register of licences in force and the rule sets in
 * force. No access check and no processing log: nothing here is personal data, by construction (the
 * queries read only public columns and leave out homes), so there is nothing to account for.
 */
@ApplicationScoped
public class OpenbaarService {

    private final OpenbaarRegisterRepository register;
    private final RegelsetService regelsets;
    private final GemeenteService gemeenten;
    private final Klok klok;

    public OpenbaarService(OpenbaarRegisterRepository register, RegelsetService regelsets, GemeenteService gemeenten,
                           Klok klok) {
        this.register = register;
        this.regelsets = regelsets;
        this.gemeenten = gemeenten;
        this.klok = klok;
    }

    /**
     * Licences in force today, except a home worker's (THUISWERK) and any at premises marked as someone's
     * home: those are counted per municipality instead. Not listed at all, not only without address: a home
     * worker's business name can be her own name, and the number with the municipality is enough to find her.
     */
    public RegisterBeeld register(RegisterFilter filter, Paginering paginering) {
        vereisGemeente(filter.gemeenteCode());
        LocalDate vandaag = klok.vandaag();
        List<RegisterBeeld.Vermelding> rijen = register.pagina(filter.gemeenteCode(), filter.bedrijfstype(), vandaag,
                paginering.offset(), paginering.pageSize() + 1).stream()
                .map(r -> new RegisterBeeld.Vermelding(r.vergunningnummer(), r.gemeenteCode(), r.bedrijfstype(),
                        r.handelsnaam(), r.straatnaam() == null ? null : new Adres(r.straatnaam(), r.huisnummer(),
                        r.huisletter(), r.huisnummertoevoeging(), r.postcode(), r.woonplaats()),
                        r.geldigVanaf(), r.geldigTot()))
                .toList();
        return new RegisterBeeld(vandaag, Pagina.uit(rijen, paginering),
                register.nietGetoond(filter.gemeenteCode(), filter.bedrijfstype(), vandaag));
    }

    /**
     * Per municipality the published rule set in force on the date (today when absent), by municipality
     * code. Drafts never: the repository reads published versions only.
     */
    public Pagina<RegelsetBeeld> regelsets(String gemeenteCode, LocalDate peildatum, Paginering paginering) {
        vereisGemeente(gemeenteCode);
        List<RegelsetBeeld> inWerking = regelsets.allesInWerking(peildatum == null ? klok.vandaag() : peildatum).stream()
                .filter(r -> gemeenteCode == null || r.gemeenteCode().equals(gemeenteCode))
                .sorted(Comparator.comparing(RegelsetBeeld::gemeenteCode)).toList();
        List<RegelsetBeeld> vanaf = inWerking.subList(Math.min(paginering.offset(), inWerking.size()), inWerking.size());
        return Pagina.uit(vanaf.subList(0, Math.min(vanaf.size(), paginering.pageSize() + 1)), paginering);
    }

    public LocalDate vandaag() {
        return klok.vandaag();
    }

    /** An unknown municipality is a wrong parameter (400), as in every filter of this API. */
    private void vereisGemeente(String gemeenteCode) {
        if (gemeenteCode != null && !gemeenten.bestaat(gemeenteCode)) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend", "Er is geen gemeente met deze code.");
        }
    }
}
