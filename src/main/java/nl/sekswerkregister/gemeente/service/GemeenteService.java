package nl.sekswerkregister.gemeente.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.gemeente.domain.Gemeente;
import nl.sekswerkregister.gemeente.repository.GemeenteRepository;

@ApplicationScoped
public class GemeenteService {

    /** A municipality together with its neighbours, as the API shows it. */
    public record GemeenteMetBuren(Gemeente gemeente, List<String> buren) {
    }

    private final GemeenteRepository repository;

    public GemeenteService(GemeenteRepository repository) {
        this.repository = repository;
    }

    public Pagina<GemeenteMetBuren> zoek(String provincie, Paginering paginering) {
        List<Gemeente> rijen = repository.pagina(provincie, paginering.offset(), paginering.pageSize() + 1);
        Map<String, List<String>> buren = repository.buren(rijen.stream().map(Gemeente::code).toList());
        return Pagina.uit(rijen, paginering).map(g -> new GemeenteMetBuren(g, buren.get(g.code())));
    }

    public Optional<GemeenteMetBuren> vind(String code) {
        return repository.findByIdOptional(code)
                .map(g -> new GemeenteMetBuren(g, repository.buren(List.of(code)).get(code)));
    }

    public boolean bestaat(String code) {
        return repository.bestaat(code);
    }
}
