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
import nl.sekswerkregister.dataverwerking.repository.DataverwerkingRepository;

/**
 * Writes processing records. Always inside the caller's transaction (MANDATORY): a processing that
 * rolls back leaves no record, and one that commits cannot lack it.
 */
@ApplicationScoped
public class Logboek {

    public static final String OK = "OK";
    public static final String FOUT = "FOUT";

    private final DataverwerkingRepository repository;
    private final Gebruiker gebruiker;
    private final Klok klok;

    public Logboek(DataverwerkingRepository repository, Gebruiker gebruiker, Klok klok) {
        this.repository = repository;
        this.gebruiker = gebruiker;
        this.klok = klok;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void leg(Verwerkingscontext context, String operatie, String betrokkene, UUID registratieId,
                    Instant start, String status) {
        repository.persist(new Dataverwerking(context.traceId(), context.spanId(), operatie,
                context.verwerkingsactiviteit(), context.doelbinding(), actor(), gebruiker.rollen(),
                gebruiker.gemeenteCode().orElse(null), betrokkene, registratieId, start, klok.nu(), status));
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
}
