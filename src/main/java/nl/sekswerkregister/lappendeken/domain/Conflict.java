package nl.sekswerkregister.lappendeken.domain;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.sekswerkregister.regelset.domain.Stand;

/**
 * One finding. Its id is derived from what it is about (check, municipalities, dimension,
 * licence), never from versions or dates, so the same conflict keeps its id across runs and
 * clients can tell what is new and what was resolved.
 */
public record Conflict(String id, String controle, Ernst ernst, List<String> gemeenten,
                       List<Regelsetversie> regelsets, List<String> vergunningen, Kaderversie kader, String dimensie,
                       List<Waarde> waarden, Uitleg uitleg) {

    /**
     * One side of the comparison: whose value it is (a municipality code or "kader"), the value, and
     * its state. Never ONBEKEND: a finding rests only on what is known.
     */
    public record Waarde(String van, String waarde, Stand stand) {

        public Waarde {
            if (stand == Stand.ONBEKEND) {
                throw new IllegalArgumentException("een bevinding rust nooit op een onbekende waarde: " + van);
            }
        }
    }

    /** The explanation in Dutch and English, rendered when asked for (see BasisControle). */
    public record Uitleg(Supplier<String> nl, Supplier<String> en) {
    }

    public String uitlegNl() {
        return uitleg.nl().get();
    }

    public String uitlegEn() {
        return uitleg.en().get();
    }

    /** The order of findings in every answer: most severe first, then by id, so pages stay stable. */
    static <T> Comparator<T> volgorde(Function<T, Ernst> ernst, Function<T, String> id) {
        return Comparator.comparingInt((T t) -> ernst.apply(t).ordinal()).thenComparing(id);
    }

    public boolean betreft(String gemeenteCode) {
        return gemeenten.contains(gemeenteCode);
    }
}
