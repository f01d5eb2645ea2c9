package nl.sekswerkregister.registratie.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.service.Logboek;
import nl.sekswerkregister.registratie.domain.Inzageverzoek;
import nl.sekswerkregister.registratie.repository.InzageverzoekRepository;

/**
 * A request the desk could not file is kept (without the person) and logged in a transaction of its
 * own, which survives the rollback of the refused request: auditors see the attempt, and the officer's
 * daily limit counts it, so probing identifiers one 404 at a time stops at the limit.
 */
@ApplicationScoped
public class InzageverzoekWeigeringen {

    private final InzageverzoekRepository repository;
    private final Logboek logboek;
    private final Gebruiker gebruiker;

    public InzageverzoekWeigeringen(InzageverzoekRepository repository, Logboek logboek, Gebruiker gebruiker) {
        this.repository = repository;
        this.logboek = logboek;
        this.gebruiker = gebruiker;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void leg(Verwerkingscontext context, String gemeenteCode, Instant start) {
        repository.persist(Inzageverzoek.geweigerd(gemeenteCode, gebruiker.subject(), start));
        logboek.leg(context, Inzageverzoeken.INDIENEN, null, null, start, Logboek.FOUT);
    }
}
