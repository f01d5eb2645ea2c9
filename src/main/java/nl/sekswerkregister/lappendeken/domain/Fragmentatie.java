package nl.sekswerkregister.lappendeken.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

/**
 * The patchwork index: per rule (a path of {@link Regelpaden}), the Gini-Simpson diversity of the
 * values in force, read as the chance that two different municipalities picked at random (without
 * replacement) have different values: 1 - Σ n_i (n_i - 1) / (n (n - 1)), over the n municipalities
 * whose value is known. "Not regulated" is a value like any other; an unknown value is not, and is
 * counted apart, so the reader sees next to each index how much of the country it rests on
 * (dekking). 0 = everybody the same, towards 1 = every municipality its own rule. The overall index
 * is the mean over the rules that have one.
 */
public final class Fragmentatie {

    /** The rules the index measures: every path except opening-hour lists, which have no single value. */
    public static final List<String> DIMENSIES = Regelpaden.alle().stream()
            .filter(pad -> !pad.endsWith(".openingstijden")).toList();

    public record Waardetelling(String waarde, int aantal) {
    }

    /**
     * @param aantalGemeenten municipalities whose value is known (set or not regulated)
     * @param aantalOnbekend  municipalities whose value is unknown (a banned type's other rules do not count)
     * @param dekking         known / (known + unknown); null when the rule applies nowhere
     */
    public record Dimensie(String dimensie, Double index, int aantalGemeenten, int aantalOnbekend, Double dekking,
                           List<Waardetelling> waarden) {
    }

    public record Uitkomst(Double index, int aantalGemeentenMetRegelset, List<Dimensie> dimensies) {
    }

    private Fragmentatie() {
    }

    public static Uitkomst bereken(Collection<Regels> regelsets) {
        List<Dimensie> dimensies = new ArrayList<>(DIMENSIES.size());
        for (String pad : DIMENSIES) {
            Map<String, Integer> telling = new TreeMap<>();
            int onbekend = 0;
            for (Regels regels : regelsets) {
                if (nietVanToepassing(regels, pad)) {
                    continue;
                }
                Regelwaarde waarde = regels.waarde(pad);
                if (waarde.isBekend()) {
                    telling.merge(Regelpaden.tekst(waarde), 1, Integer::sum);
                } else {
                    onbekend++;
                }
            }
            int n = telling.values().stream().mapToInt(Integer::intValue).sum();
            dimensies.add(new Dimensie(pad, giniSimpson(telling.values(), n), n, onbekend,
                    n + onbekend == 0 ? null : rond((double) n / (n + onbekend)),
                    telling.entrySet().stream().map(e -> new Waardetelling(e.getKey(), e.getValue())).toList()));
        }
        Double totaal = dimensies.stream().map(Dimensie::index).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
        return new Uitkomst(totaal == null ? null : rond(totaal), regelsets.size(), dimensies);
    }

    /** A banned type's cap, hours or term are moot: the ban is the rule, so they are neither known nor unknown. */
    private static boolean nietVanToepassing(Regels regels, String pad) {
        if (!pad.startsWith(Regelpaden.BEDRIJFSTYPEN + ".") || pad.endsWith(".toegestaan")) {
            return false;
        }
        String type = pad.substring(Regelpaden.BEDRIJFSTYPEN.length() + 1, pad.lastIndexOf('.'));
        BedrijfstypeRegels typeRegels = regels.voor(Bedrijfstype.valueOf(type));
        return typeRegels != null && typeRegels.isVerboden();
    }

    static Double giniSimpson(Collection<Integer> aantallen, int n) {
        if (n < 2) {
            return null;
        }
        double gelijk = 0;
        for (int a : aantallen) {
            gelijk += (double) a * (a - 1);
        }
        return rond(1 - gelijk / ((double) n * (n - 1)));
    }

    private static double rond(double waarde) {
        return Math.round(waarde * 10_000) / 10_000.0;
    }
}
