package nl.sekswerkregister.dataverwerking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.repository.BetrokkeneRepository;
import nl.sekswerkregister.dataverwerking.repository.DataverwerkingRepository;
import nl.sekswerkregister.privacy.Betrokkene;
import nl.sekswerkregister.privacy.Identificatie;
import nl.sekswerkregister.privacy.Pseudonimisering;

/**
 * A data subject's access request (GDPR art. 15): every processing of their registration data —
 * when, by which organisation and role, for what purpose. Officers appear as pseudonyms.
 */
@ApplicationScoped
public class InzageService {

    private final DataverwerkingRepository repository;
    private final BetrokkeneRepository betrokkenen;
    private final Pseudonimisering pseudoniemen;
    private final Logboek logboek;
    private final Klok klok;

    public InzageService(DataverwerkingRepository repository, BetrokkeneRepository betrokkenen,
                         Pseudonimisering pseudoniemen, Logboek logboek, Klok klok) {
        this.repository = repository;
        this.betrokkenen = betrokkenen;
        this.pseudoniemen = pseudoniemen;
        this.logboek = logboek;
        this.klok = klok;
    }

    @Transactional
    public List<InzageregelBeeld> inzage(Identificatie persoon, Verwerkingscontext context) {
        Instant start = klok.nu();
        Betrokkene betrokkene = pseudoniemen.logboek(persoon);
        // Registration records of this person are found through the log reference of every entry
        // that named them, plus the entries about their registrations that named only the record.
        List<InzageregelBeeld> regels = betrokkenen.zoek(betrokkene).map(repository::vanBetrokkeneOfZijnRegistraties)
                .orElse(List.of()).stream()
                .map(d -> new InzageregelBeeld(d.startTijd(), d.operatie(), d.organisatie(), d.rol(),
                        pseudoniemen.medewerker(d.actor()), d.doelbinding(), d.verwerkingsactiviteit()))
                .toList();
        logboek.leg(context, "inzageverzoek", betrokkene, null, start, Logboek.OK);
        return regels;
    }
}
