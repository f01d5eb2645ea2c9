package nl.sekswerkregister.dataverwerking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;
import nl.sekswerkregister.dataverwerking.domain.Verwerkingscontext;
import nl.sekswerkregister.dataverwerking.repository.BetrokkeneRepository;
import nl.sekswerkregister.dataverwerking.repository.DataverwerkingRepository;
import nl.sekswerkregister.privacy.Betrokkene;
import nl.sekswerkregister.privacy.Pseudonimisering;

/**
 * Writes processing records. Always inside the caller's transaction (MANDATORY): a processing that
 * rolls back leaves no record, and one that commits cannot lack it.
 */
@ApplicationScoped
public class Logboek {

    public static final String OK = "OK";
    public static final String FOUT = "FOUT";

    private final DataverwerkingRepository repository;
    private final BetrokkeneRepository betrokkenen;
    private final Pseudonimisering pseudoniemen;
    private final Gebruiker gebruiker;
    private final Klok klok;

    public Logboek(DataverwerkingRepository repository, BetrokkeneRepository betrokkenen, Pseudonimisering pseudoniemen,
                   Gebruiker gebruiker, Klok klok) {
        this.repository = repository;
        this.betrokkenen = betrokkenen;
        this.pseudoniemen = pseudoniemen;
        this.gebruiker = gebruiker;
        this.klok = klok;
    }

    /**
     * @param betrokkene the data subject, when the processing was about a person identified in the
     *                   request (null when only a registration number was used); the row records
     *                   the person's log reference, never a pseudonym
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leg(Verwerkingscontext context, String operatie, Betrokkene betrokkene, UUID registratieId,
                    Instant start, String status) {
        String referentie = betrokkene == null ? null
                : betrokkenen.referentie(betrokkene, pseudoniemen.logboekSleutels().actieveVersie());
        legVoorReferentie(context, operatie, referentie, registratieId, start, status);
    }

    /** As {@link #leg}, for a person known only by their log reference (an access request holds no more). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void legVoorReferentie(Verwerkingscontext context, String operatie, String referentie, UUID registratieId,
                                  Instant start, String status) {
        repository.persist(new Dataverwerking(context.traceId(), context.spanId(), operatie,
                context.verwerkingsactiviteit(), context.doelbinding(), actor(), gebruiker.rollen(),
                organisatie(), referentie, registratieId, start, klok.nu(), status));
    }

    /**
     * For whom the actor worked: their municipality; for the region roles, which have none, their RIEC
     * region or police unit, so that the log says which RIEC or unit read a trafficking signal.
     */
    private String organisatie() {
        return gebruiker.gemeenteCode()
                .or(() -> gebruiker.heeftRol(Rol.RIEC) ? gebruiker.riecRegio().map(r -> "RIEC " + r) : java.util.Optional.empty())
                .or(() -> gebruiker.heeftRol(Rol.POLITIE) ? gebruiker.politieEenheid().map(e -> "Politie " + e)
                        : java.util.Optional.empty())
                .orElse(null);
    }

    /**
     * Who acted. A data subject reading their own report is already named by their pseudonym; the
     * identity broker's subject for them is not kept (some brokers put the BSN itself in {@code sub}).
     */
    private String actor() {
        return gebruiker.heeftRol(Rol.BETROKKENE) ? BETROKKENE_ZELF : gebruiker.subject();
    }

    /** The actor of a processing by the data subject themselves. */
    public static final String BETROKKENE_ZELF = "betrokkene";

    /**
     * For a processing that fails (an unknown number, another municipality's record): its own
     * transaction, so the record survives the rollback of the failed request. Attempts count too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void legMislukt(Verwerkingscontext context, String operatie, Instant start) {
        leg(context, operatie, null, null, start, FOUT);
    }

    /**
     * A failed processing of a known person (a refused registration): logged with the person's log
     * reference, so that the attempt appears in that person's access report (GDPR art. 15).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void legMislukt(Verwerkingscontext context, String operatie, Betrokkene betrokkene, Instant start) {
        leg(context, operatie, betrokkene, null, start, FOUT);
    }
}
