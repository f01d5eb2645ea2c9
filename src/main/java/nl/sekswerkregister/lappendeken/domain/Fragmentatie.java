package nl.sekswerkregister.lappendeken.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * The patchwork index: per rule dimension, the Gini-Simpson diversity of the values in force,
 * read as the chance that two different municipalities picked at random (without replacement)
 * have different values: 1 - Σ n_i (n_i - 1) / (n (n - 1)), over the n municipalities whose
 * rule set says something about that dimension. 0 = everybody the same, towards 1 = every
 * municipality its own rule. The overall index is the mean over the dimensions that have one.
 */
public final class Fragmentatie {

    /** A dimension's value in a rule set, or null when the rule set says nothing about it. */
    public static final Map<String, Function<Regels, String>> DIMENSIES = dimensies();

    public record Waardetelling(String waarde, int aantal) {
    }

    public record Dimensie(String dimensie, Double index, int aantalGemeenten, List<Waardetelling> waarden) {
    }

    public record Uitkomst(Double index, int aantalGemeentenMetRegelset, List<Dimensie> dimensies) {
    }

    private Fragmentatie() {
    }

    public static Uitkomst bereken(Collection<Regels> regelsets) {
        List<Dimensie> dimensies = new ArrayList<>();
        for (var dimensie : DIMENSIES.entrySet()) {
            Map<String, Integer> telling = new TreeMap<>();
            for (Regels regels : regelsets) {
                String waarde = dimensie.getValue().apply(regels);
                if (waarde != null) {
                    telling.merge(waarde, 1, Integer::sum);
                }
            }
            int n = telling.values().stream().mapToInt(Integer::intValue).sum();
            dimensies.add(new Dimensie(dimensie.getKey(), giniSimpson(telling.values(), n), n,
                    telling.entrySet().stream().map(e -> new Waardetelling(e.getKey(), e.getValue())).toList()));
        }
        Double totaal = dimensies.stream().map(Dimensie::index).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
        return new Uitkomst(totaal == null ? null : rond(totaal), regelsets.size(), dimensies);
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

    private static Map<String, Function<Regels, String>> dimensies() {
        Map<String, Function<Regels, String>> d = new LinkedHashMap<>();
        d.put("minimumleeftijd", r -> tekst(r.minimumleeftijd()));
        d.put("registratieplicht", r -> tekst(r.registratieplicht()));
        d.put("intakeplicht", r -> tekst(r.intakeplicht()));
        d.put("erkenning", r -> r.erkenning() == null ? null : r.erkenning().soort()
                + (r.erkenning().gemeenteCodes() == null || r.erkenning().gemeenteCodes().isEmpty() ? ""
                : ":" + r.erkenning().gemeenteCodes().stream().sorted().collect(Collectors.joining(","))));
        for (Bedrijfstype type : Bedrijfstype.values()) {
            d.put("bedrijfstypen." + type + ".toegestaan", r -> tekst(type(r, type, BedrijfstypeRegels::toegestaan)));
            d.put("bedrijfstypen." + type + ".vergunningplicht", r -> tekst(type(r, type, BedrijfstypeRegels::vergunningplicht)));
            d.put("bedrijfstypen." + type + ".maximumAantal", r -> {
                BedrijfstypeRegels t = r.voor(type);
                if (t == null || Boolean.FALSE.equals(t.toegestaan())) {
                    return null;
                }
                return t.maximumAantal() == null ? "geen maximum" : t.maximumAantal().toString();
            });
        }
        d.put("tippelzone", r -> tekst(r.tippelzone()));
        d.put("maximaleWerkurenPerDag", r -> tekst(r.maximaleWerkurenPerDag()));
        d.put("taaleisen", r -> r.taaleisen() == null ? null
                : r.taaleisen().isEmpty() ? "geen" : r.taaleisen().stream().sorted().collect(Collectors.joining(",")));
        d.put("sanctiesVoorSekswerkers", r -> tekst(r.sanctiesVoorSekswerkers()));
        d.put("intakeverslagenNaarToezicht", r -> tekst(r.intakeverslagenNaarToezicht()));
        d.put("registerOpNaam", r -> tekst(r.registerOpNaam()));
        // The vocabulary reads an absent term as an indefinite licence, so absence is a value here.
        d.put("vergunningtermijnJaren", r -> r.vergunningtermijnJaren() == null ? "onbepaald" : r.vergunningtermijnJaren().toString());
        d.put("bibob", r -> tekst(r.bibob()));
        d.put("bedrijfsplanVereist", r -> tekst(r.bedrijfsplanVereist()));
        d.put("registratiegeldigheid", r -> r.registratiegeldigheid() == null ? null
                : r.registratiegeldigheid().maanden() + " maanden" + (r.registratiegeldigheid().onderLeeftijd() == null ? ""
                : ", " + r.registratiegeldigheid().maandenOnderLeeftijd() + " onder " + r.registratiegeldigheid().onderLeeftijd()));
        return java.util.Collections.unmodifiableMap(d);
    }

    private static <T> T type(Regels r, Bedrijfstype type, Function<BedrijfstypeRegels, T> veld) {
        BedrijfstypeRegels t = r.voor(type);
        return t == null ? null : veld.apply(t);
    }

    private static String tekst(Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
