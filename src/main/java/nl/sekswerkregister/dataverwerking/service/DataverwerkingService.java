package nl.sekswerkregister.dataverwerking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;
import nl.sekswerkregister.dataverwerking.repository.CheckpointRepository;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.repository.DataverwerkingRepository;

/** Reading the log for auditors. Entries are immutable snapshots once read. */
@ApplicationScoped
public class DataverwerkingService {

    private final DataverwerkingRepository repository;
    private final Verificatie verificatie;
    private final CheckpointRepository checkpoints;
    private final GemeenteService gemeenten;

    public DataverwerkingService(DataverwerkingRepository repository, Verificatie verificatie,
                                 CheckpointRepository checkpoints, GemeenteService gemeenten) {
        this.repository = repository;
        this.verificatie = verificatie;
        this.checkpoints = checkpoints;
        this.gemeenten = gemeenten;
    }

    public Pagina<DataverwerkingBeeld> zoek(Instant vanaf, Instant tot, String organisatie, String operatie, Paginering paginering) {
        if (organisatie != null && !gemeenten.bestaat(organisatie)) {
            throw ProbleemException.ongeldig("gemeenteCode", "onbekend",
                    "Er is geen gemeente met deze code.");
        }
        return Pagina.uit(repository.pagina(vanaf, tot, organisatie, operatie, paginering.offset(),
                paginering.pageSize() + 1), paginering).map(DataverwerkingBeeld::van);
    }

    /** Verifies the log, also against {@code gegeven}, which must carry this service's signature (422 otherwise). */
    public VerificatieBeeld verifieer(Optional<Checkpoint> gegeven) {
        if (gegeven.isPresent() && !verificatie.echt(gegeven.get())) {
            throw ProbleemException.ongeldig("handtekening", "ongeldig", "Dit checkpoint is niet door deze dienst "
                    + "ondertekend (of een van de waarden is veranderd): er is niets tegen te verifiëren.");
        }
        return verificatie.verifieer(gegeven);
    }

    public Checkpoint laatsteCheckpoint() {
        return checkpoints.laatste().orElseThrow(() -> ProbleemException.nietGevonden(
                "Er is nog geen checkpoint: het logboek heeft nog geen verzegelde regels."));
    }
}
