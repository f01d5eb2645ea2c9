package nl.sekswerkregister.gemeente.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sekswerkregister.common.beveiliging.Gemeenteindeling;
import nl.sekswerkregister.common.paginering.Pagina;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.gemeente.domain.Gemeente;
import nl.sekswerkregister.gemeente.repository.GemeenteRepository;

@ApplicationScoped
public class GemeenteService implements Gemeenteindeling {

    /** A municipality together with its neighbours: an immutable snapshot for the API. */
    public record GemeenteBeeld(String code, String naam, String provincie, String veiligheidsregio, String riecRegio,
                                String politieEenheid, List<String> buren) {
        static GemeenteBeeld van(Gemeente g, List<String> buren) {
            return new GemeenteBeeld(g.code(), g.naam(), g.provincie(), g.veiligheidsregio(), g.riecRegio(), g.politieEenheid(),
                    buren);
        }
    }

    private final GemeenteRepository repository;
    private volatile Map<String, GemeenteBeeld> perCode;

    public GemeenteService(GemeenteRepository repository) {
        this.repository = repository;
    }

    public Pagina<GemeenteBeeld> zoek(String provincie, Paginering paginering) {
        List<Gemeente> rijen = repository.pagina(provincie, paginering.offset(), paginering.pageSize() + 1);
        Map<String, List<String>> buren = repository.buren(rijen.stream().map(Gemeente::code).toList());
        return Pagina.uit(rijen, paginering).map(g -> GemeenteBeeld.van(g, buren.get(g.code())));
    }

    public Optional<GemeenteBeeld> vind(String code) {
        return repository.findByIdOptional(code)
                .map(g -> GemeenteBeeld.van(g, repository.buren(List.of(code)).get(code)));
    }

    /** All municipalities with their neighbours, in two queries. */
    public List<GemeenteBeeld> alle() {
        List<Gemeente> rijen = repository.listAll(io.quarkus.panache.common.Sort.by("code"));
        Map<String, List<String>> buren = repository.buren(rijen.stream().map(Gemeente::code).toList());
        return rijen.stream().map(g -> GemeenteBeeld.van(g, buren.get(g.code()))).toList();
    }

    /**
     * All municipalities by code, read once: the division is reference data that only a release's migration
     * changes, and a page names dozens of municipalities (the map all 342) in one answer.
     */
    public Map<String, GemeenteBeeld> perCode() {
        Map<String, GemeenteBeeld> gelezen = perCode;
        if (gelezen == null) {
            Map<String, GemeenteBeeld> opCode = new java.util.LinkedHashMap<>();
            alle().forEach(g -> opCode.put(g.code(), g));
            gelezen = java.util.Collections.unmodifiableMap(opCode);
            perCode = gelezen;
        }
        return gelezen;
    }

    public boolean bestaat(String code) {
        return repository.bestaat(code);
    }

    public List<String> onbekend(java.util.Collection<String> codes) {
        return repository.onbekend(codes);
    }

    @Override
    public Set<String> gemeentenVanPolitieEenheid(String politieEenheid) {
        return Set.copyOf(repository.vanPolitieEenheid(politieEenheid));
    }

    /** See {@link GemeenteRepository#vergrendel}; call inside a transaction. */
    public void vergrendel(String code) {
        repository.vergrendel(code);
    }
}
