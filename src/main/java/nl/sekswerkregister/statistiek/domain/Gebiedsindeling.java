package nl.sekswerkregister.statistiek.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipalities and the areas they make up at every level. Areas above the municipality are
 * named by their name (provinces, safety regions and RIEC regions have no code everyone uses); the
 * country is {@code NL}.
 */
public final class Gebiedsindeling {

    public static final String NEDERLAND = "NL";

    /** An area: its level, code, name and the municipalities (by position in {@link #gemeenten()}). */
    public record Gebied(Gebiedsniveau niveau, String code, String naam, int[] gemeenten) {
    }

    /** One municipality with the areas it lies in. */
    public record Gemeente(String code, String naam, String provincie, String veiligheidsregio, String riecRegio) {
    }

    private final List<Gemeente> gemeenten;
    private final List<Gebied> gebieden;
    private final Map<String, Integer> gemeentePositie = new LinkedHashMap<>();

    public Gebiedsindeling(List<Gemeente> gemeenten) {
        this.gemeenten = List.copyOf(gemeenten);
        for (int i = 0; i < this.gemeenten.size(); i++) {
            gemeentePositie.put(this.gemeenten.get(i).code(), i);
        }
        List<Gebied> alle = new ArrayList<>();
        for (Gebiedsniveau niveau : Gebiedsniveau.values()) {
            Map<String, List<Integer>> leden = new LinkedHashMap<>();
            Map<String, String> namen = new LinkedHashMap<>();
            for (int i = 0; i < this.gemeenten.size(); i++) {
                Gemeente g = this.gemeenten.get(i);
                String code = switch (niveau) {
                    case GEMEENTE -> g.code();
                    case PROVINCIE -> g.provincie();
                    case VEILIGHEIDSREGIO -> g.veiligheidsregio();
                    case RIEC_REGIO -> g.riecRegio();
                    case NEDERLAND -> NEDERLAND;
                };
                leden.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
                namen.put(code, switch (niveau) {
                    case GEMEENTE -> g.naam();
                    case NEDERLAND -> "Nederland";
                    default -> code;
                });
            }
            leden.forEach((code, l) -> alle.add(new Gebied(niveau, code, namen.get(code),
                    l.stream().mapToInt(Integer::intValue).toArray())));
        }
        this.gebieden = List.copyOf(alle);
    }

    public List<Gemeente> gemeenten() {
        return gemeenten;
    }

    /** Every area of every level: the municipalities first, in the order given, the country last. */
    public List<Gebied> gebieden() {
        return gebieden;
    }

    /** The position of a municipality in {@link #gemeenten()}, or -1 for an unknown code. */
    public int positie(String gemeenteCode) {
        return gemeentePositie.getOrDefault(gemeenteCode, -1);
    }

    public Map<Gebiedsniveau, List<Gebied>> perNiveau() {
        Map<Gebiedsniveau, List<Gebied>> per = new EnumMap<>(Gebiedsniveau.class);
        gebieden.forEach(g -> per.computeIfAbsent(g.niveau(), n -> new ArrayList<>()).add(g));
        return per;
    }
}
