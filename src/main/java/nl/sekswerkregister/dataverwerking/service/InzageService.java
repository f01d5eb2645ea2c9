package nl.sekswerkregister.dataverwerking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.dataverwerking.repository.BetrokkeneRepository;
import nl.sekswerkregister.dataverwerking.repository.DataverwerkingRepository;
import nl.sekswerkregister.privacy.Betrokkene;
import nl.sekswerkregister.privacy.Pseudonimisering;

/**
 * The report of a data subject's access request (GDPR art. 15), read from the processing log: every
 * processing of their registration data — when, by which organisation and role, for what purpose.
 * Officers appear as pseudonyms. Who may see which part, and the logging of that, is up to the caller
 * ({@code registratie.service.Inzageverzoeken}).
 */
@ApplicationScoped
public class InzageService {

    /** The log operation that records a registration; it stays in the log after retention deleted the record. */
    static final String REGISTRATIE_AANMAKEN = "registratie.aanmaken";

    private final DataverwerkingRepository repository;
    private final BetrokkeneRepository betrokkenen;
    private final Pseudonimisering pseudoniemen;

    public InzageService(DataverwerkingRepository repository, BetrokkeneRepository betrokkenen,
                         Pseudonimisering pseudoniemen) {
        this.repository = repository;
        this.betrokkenen = betrokkenen;
        this.pseudoniemen = pseudoniemen;
    }

    /** The person's log reference, if the log ever named them. */
    public Optional<String> referentie(Betrokkene betrokkene) {
        return betrokkenen.zoek(betrokkene);
    }

    /** The person's log reference, made now if the log never named them yet. */
    public String referentieVoor(Betrokkene betrokkene) {
        return betrokkenen.referentie(betrokkene, pseudoniemen.logboekSleutels().actieveVersie());
    }

    /** The whole national report of the person with this log reference, oldest first: for the person alone. */
    public List<InzageregelBeeld> rapport(String referentie) {
        // Registration records of this person are found through the log reference of every entry
        // that named them, plus the entries about their registrations that named only the record.
        return repository.vanBetrokkeneOfZijnRegistraties(referentie).stream()
                .map(d -> new InzageregelBeeld(d.startTijd(), d.operatie(), d.organisatie(), d.rol(),
                        pseudoniemen.medewerker(d.actor()), d.doelbinding(), d.verwerkingsactiviteit()))
                .toList();
    }

    /**
     * Only the entries of one organisation: what a municipality's own officers may see of an approved
     * request. Where else the person was checked or registered is for the person to learn, not the desk.
     */
    public List<InzageregelBeeld> rapportVan(String betrokkene, String organisatie) {
        return rapport(betrokkene).stream().filter(r -> organisatie.equals(r.organisatie())).toList();
    }

    /**
     * Whether this municipality ever registered the person, as the log shows: also after retention
     * deleted the registration itself, whose log entries stay.
     */
    public boolean registreerdeBij(String betrokkene, String organisatie) {
        return repository.heeftVerwerkt(betrokkene, organisatie, REGISTRATIE_AANMAKEN, Logboek.OK);
    }
}
