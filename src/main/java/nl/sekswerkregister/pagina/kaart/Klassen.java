package nl.sekswerkregister.pagina.kaart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.sekswerkregister.pagina.Waardetekst;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

/**
 * The legend of one dimension: which class each municipality falls in. Three kinds that must never
 * be confused (a council that decided "no rule" is not one nobody has encoded yet), so they differ
 * in more than colour: set values are solid fills, "not regulated" is hatched, "unknown" is dotted.
 *
 * <p>Set values use viridis (Smith & van der Walt, matplotlib): its lightness rises monotonically, so
 * its steps stay apart under deuteranopia, protanopia and tritanopia and in greyscale print (the
 * simulations in their paper; {@code KlassenTest} checks the monotonic lightness of the steps used).
 * Values are ordered (ages, counts ascending; "nee" before "ja"), and the legend, every path's title
 * and the table name the value in words, so nothing rests on colour alone.
 */
final class Klassen {

    enum Soort { GEZET, NIET_GEREGELD, ONBEKEND }

    /** One legend entry; {@code id} is the stable hook {@code data-categorie}. */
    record Klasse(String id, String label, Soort soort, String vulling) {
    }

    /** Viridis at 7 evenly spaced stops, dark to light. */
    static final List<String> VIRIDIS = List.of("#440154", "#443983", "#31688e", "#21918c", "#35b779", "#90d743",
            "#fde725");
    static final Klasse NIET_GEREGELD = new Klasse("niet-geregeld", "niet geregeld (de gemeente heeft hier bewust geen regel)",
            Soort.NIET_GEREGELD, "url(#patroon-niet-geregeld)");
    static final Klasse ONBEKEND = new Klasse("onbekend", "onbekend (geen gepubliceerde regelset of waarde niet vastgelegd)",
            Soort.ONBEKEND, "url(#patroon-onbekend)");

    private final List<Klasse> legenda;
    private final Map<String, Klasse> perGemeente;

    private Klassen(List<Klasse> legenda, Map<String, Klasse> perGemeente) {
        this.legenda = legenda;
        this.perGemeente = perGemeente;
    }

    List<Klasse> legenda() {
        return legenda;
    }

    Klasse van(String gemeenteCode) {
        return perGemeente.getOrDefault(gemeenteCode, ONBEKEND);
    }

    /** Classes for the values of every municipality (absent from the map: unknown). */
    static Klassen indelen(Dimensie dimensie, Map<String, Regelwaarde> waarden) {
        TreeSet<Object> gezet = new TreeSet<>(VOLGORDE);
        waarden.values().stream().filter(Regelwaarde::isGezet).forEach(w -> gezet.add(w.waarde()));
        List<List<Object>> groepen = groepeer(new ArrayList<>(gezet));
        Map<Object, Klasse> perWaarde = new HashMap<>();
        List<Klasse> legenda = new ArrayList<>();
        for (int i = 0; i < groepen.size(); i++) {
            List<Object> groep = groepen.get(i);
            String eerste = sleutel(groep.get(0));
            String laatste = sleutel(groep.get(groep.size() - 1));
            String label = groep.size() == 1 ? dimensie.inWoorden(groep.get(0))
                    : dimensie.inWoorden(groep.get(0)) + " tot en met " + dimensie.inWoorden(groep.get(groep.size() - 1));
            Klasse klasse = new Klasse("gezet:" + (groep.size() == 1 ? eerste : eerste + "-" + laatste), label, Soort.GEZET,
                    kleur(i, groepen.size()));
            legenda.add(klasse);
            groep.forEach(w -> perWaarde.put(w, klasse));
        }
        legenda.add(NIET_GEREGELD);
        legenda.add(ONBEKEND);
        Map<String, Klasse> perGemeente = new HashMap<>();
        waarden.forEach((code, waarde) -> perGemeente.put(code, switch (waarde.stand()) {
            case GEZET -> perWaarde.get(waarde.waarde());
            case NIET_GEREGELD -> NIET_GEREGELD;
            case ONBEKEND -> ONBEKEND;
        }));
        return new Klassen(List.copyOf(legenda), perGemeente);
    }

    /** At most as many groups as the palette has steps: consecutive values share one when there are more. */
    private static List<List<Object>> groepeer(List<Object> waarden) {
        List<List<Object>> groepen = new ArrayList<>();
        int aantal = Math.min(waarden.size(), VIRIDIS.size());
        for (int i = 0; i < aantal; i++) {
            int van = i * waarden.size() / aantal;
            int tot = (i + 1) * waarden.size() / aantal;
            groepen.add(List.copyOf(waarden.subList(van, tot)));
        }
        return groepen;
    }

    /** Spread over the palette, so two classes are as far apart as possible (2 classes: darkest and lightest). */
    static String kleur(int index, int aantal) {
        if (aantal == 1) {
            return VIRIDIS.get(2);
        }
        return VIRIDIS.get(Math.round(index * (VIRIDIS.size() - 1) / (float) (aantal - 1)));
    }

    private static String sleutel(Object waarde) {
        return String.valueOf(waarde instanceof Enum<?> e ? e.name() : waarde);
    }

    /** Numbers by size, false before true, anything else by its words. */
    private static final Comparator<Object> VOLGORDE = (a, b) -> {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return Waardetekst.inWoorden(a).compareTo(Waardetekst.inWoorden(b));
    };
}
