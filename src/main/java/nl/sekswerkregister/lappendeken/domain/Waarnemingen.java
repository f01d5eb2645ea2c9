package nl.sekswerkregister.lappendeken.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The signals of unlicensed activity dated in the window [vanaf, tot] (tot is the analysis date),
 * per municipality, with the borders to measure them against and the distance that counts as "near
 * the border". Observed evidence, where the other checks compare rules only.
 */
public record Waarnemingen(LocalDate vanaf, LocalDate tot, double grensafstandMeters, Grenzen grenzen,
                           Map<String, List<Waarneming>> perGemeente) {

    public Waarnemingen {
        perGemeente = Map.copyOf(perGemeente);
    }

    /** No signals (a moment built without them: tests of the other checks, a simulation's draft keeps them). */
    public static Waarnemingen geen(LocalDate peildatum) {
        return new Waarnemingen(peildatum, peildatum, 0, Grenzen.GEEN, Map.of());
    }

    public static Waarnemingen van(LocalDate vanaf, LocalDate tot, double grensafstandMeters, Grenzen grenzen,
                                   List<Waarneming> waarnemingen) {
        return new Waarnemingen(vanaf, tot, grensafstandMeters, grenzen, waarnemingen.stream()
                .collect(Collectors.groupingBy(Waarneming::gemeenteCode, Collectors.toUnmodifiableList())));
    }

    public List<Waarneming> van(String gemeenteCode) {
        return perGemeente.getOrDefault(gemeenteCode, List.of());
    }

    /** Counts for the index: open and total in the window. */
    public record Telling(int open, int totaal) {

        public static final Telling GEEN = new Telling(0, 0);

        public Telling plus(Telling ander) {
            return new Telling(open + ander.open, totaal + ander.totaal);
        }
    }

    public Telling telling(String gemeenteCode) {
        List<Waarneming> lijst = van(gemeenteCode);
        return new Telling((int) lijst.stream().filter(Waarneming::open).count(), lijst.size());
    }
}
