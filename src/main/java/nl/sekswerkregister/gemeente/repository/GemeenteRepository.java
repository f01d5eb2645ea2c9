package nl.sekswerkregister.gemeente.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.sekswerkregister.gemeente.domain.Gemeente;

@ApplicationScoped
public class GemeenteRepository implements PanacheRepositoryBase<Gemeente, String> {

    public List<Gemeente> pagina(String provincie, int offset, int aantal) {
        var query = provincie == null
                ? findAll(Sort.by("code"))
                : find("provincie", Sort.by("code"), provincie);
        return query.range(offset, offset + aantal - 1).list();
    }

    public boolean bestaat(String code) {
        return count("code", code) > 0;
    }

    /**
     * Locks the municipality until the transaction ends. Serialises the writes whose rules span rows
     * (a cap on licences, non-overlapping rule-set periods), also across instances. An advisory lock,
     * not a row lock: the runtime role may only read the reference data, and locking a row takes the
     * right to update it.
     */
    public void vergrendel(String code) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('gemeente|' || :code, 0))")
                .setParameter("code", code).getSingleResult();
    }

    /** The codes of the municipalities of a police unit (V19: derived from the RIEC region). */
    @SuppressWarnings("unchecked")
    public List<String> vanPolitieEenheid(String politieEenheid) {
        return getEntityManager().createNativeQuery("select code from gemeente where politie_eenheid = :eenheid")
                .setParameter("eenheid", politieEenheid).getResultList();
    }

    /** Those of the given codes that are not municipalities. */
    @SuppressWarnings("unchecked")
    public List<String> onbekend(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> bekend = getEntityManager().createNativeQuery("select code from gemeente where code in (:codes)")
                .setParameter("codes", codes).getResultList();
        return codes.stream().filter(c -> !bekend.contains(c)).distinct().sorted().toList();
    }

    /** Neighbours of several municipalities in one query (no N+1 over a page). */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> buren(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rijen = getEntityManager().createNativeQuery(
                        "select gemeente_code, buur_code from gemeente_buur where gemeente_code in (:codes)")
                .setParameter("codes", codes)
                .getResultList();
        Map<String, TreeSet<String>> perGemeente = new TreeMap<>();
        codes.forEach(c -> perGemeente.put(c, new TreeSet<>()));
        for (Object[] rij : rijen) {
            perGemeente.get((String) rij[0]).add((String) rij[1]);
        }
        return perGemeente.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }
}
