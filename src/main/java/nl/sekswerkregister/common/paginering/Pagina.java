package nl.sekswerkregister.common.paginering;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results. Queries fetch one row more than the page size so that we know whether a
 * next page exists without counting (counting is expensive and the API rules do not require it).
 */
public record Pagina<T>(List<T> resultaten, Paginering paginering, boolean heeftVolgende) {

    public static <T> Pagina<T> uit(List<T> eenMeerDanGevraagd, Paginering paginering) {
        boolean volgende = eenMeerDanGevraagd.size() > paginering.pageSize();
        List<T> rijen = volgende ? eenMeerDanGevraagd.subList(0, paginering.pageSize()) : eenMeerDanGevraagd;
        return new Pagina<>(List.copyOf(rijen), paginering, volgende);
    }

    public <R> Pagina<R> map(Function<T, R> functie) {
        return new Pagina<>(resultaten.stream().map(functie).toList(), paginering, heeftVolgende);
    }
}
