package nl.sekswerkregister.dataverwerking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.dataverwerking.repository.DataverwerkingRepository;

/** Reading the log for auditors. Entries are immutable snapshots once read. */
@ApplicationScoped
public class DataverwerkingService {

    private final DataverwerkingRepository repository;
    private final Verificatie verificatie;
    private final nl.sekswerkregister.gemeente.service.GemeenteService gemeenten;

    public DataverwerkingService(DataverwerkingRepository repository, Verificatie verificatie,
                                 nl.sekswerkregister.gemeente.service.GemeenteService gemeenten) {
        this.repository = repository;
        this.verificatie = verificatie;
        this.gemeenten = gemeenten;
    }

    public Pagina<DataverwerkingBeeld> zoek(Instant vanaf, Instant tot, String organisatie, String operatie, Paginering paginering) {
        if (organisatie != null && !gemeenten.bestaat(organisatie)) {
            throw nl.sekswerkregister.common.probleem.ProbleemException.ongeldig("gemeenteCode", "onbekend",
                    "Er is geen gemeente met deze code.");
        }
        return Pagina.uit(repository.pagina(vanaf, tot, organisatie, operatie, paginering.offset(),
                paginering.pageSize() + 1), paginering).map(DataverwerkingBeeld::van);
    }

    public VerificatieBeeld verifieer() {
        return verificatie.verifieer();
    }
}
