package nl.sekswerkregister.lappendeken.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs checks over a moment for a scope. Pairs are formed only between municipalities that have a
 * rule set in force, from the adjacency list or region groups (never all 58,000 national pairs
 * unless the national scope is asked for), so one municipality's analysis stays small.
 */
public final class Analyse {

    private Analyse() {
    }

    /**
     * @param regio    only municipalities in this region of the scope (null: all regions)
     * @param focus    only findings that involve this municipality (null: all)
     */
    public static List<Conflict> voer(Momentopname moment, Reikwijdte reikwijdte, String regio, String focus,
                                      List<Conflictcontrole> controles) {
        List<String> gemeenten = gemeenten(moment, reikwijdte, regio);
        List<String> onderwerp = focus == null ? gemeenten : gemeenten.stream().filter(focus::equals).toList();
        List<Conflictcontrole.Paar> paren = paren(moment, reikwijdte, gemeenten, focus);
        List<Conflict> conflicten = new ArrayList<>();
        for (Conflictcontrole controle : controles) {
            controle.controleer(moment, onderwerp, paren, conflicten::add);
        }
        conflicten.sort(Conflict.volgorde(Conflict::ernst, Conflict::id));
        return conflicten;
    }

    /**
     * The same findings as {@link #voer} without a focus, in the same order, held lean: for a
     * whole scope, which is computed once and then paged through (see {@link Bevindingen}).
     */
    public static Bevindingen voerVoorReikwijdte(Momentopname moment, Reikwijdte reikwijdte, String regio,
                                                 List<Conflictcontrole> controles) {
        List<String> gemeenten = gemeenten(moment, reikwijdte, regio);
        return Bevindingen.verzamel(moment, gemeenten, paren(moment, reikwijdte, gemeenten, null), controles);
    }

    private static List<String> gemeenten(Momentopname moment, Reikwijdte reikwijdte, String regio) {
        return moment.gemeenten().values().stream()
                .filter(g -> regio == null || regio.equals(reikwijdte.regio(g)))
                .map(Gemeenteligging::code).sorted().toList();
    }

    static List<Conflictcontrole.Paar> paren(Momentopname moment, Reikwijdte reikwijdte, List<String> gemeenten, String focus) {
        List<String> metRegels = gemeenten.stream().filter(moment.regelsets()::containsKey).toList();
        List<Conflictcontrole.Paar> paren = new ArrayList<>();
        if (reikwijdte == Reikwijdte.BUREN) {
            var binnen = new java.util.HashSet<>(metRegels);
            for (String a : metRegels) {
                for (String b : moment.gemeenten().get(a).buren()) {
                    if (a.compareTo(b) < 0 && binnen.contains(b) && betreft(focus, a, b)) {
                        paren.add(paar(moment, a, b));
                    }
                }
            }
            return paren;
        }
        Map<String, List<String>> perRegio = new LinkedHashMap<>();
        for (String code : metRegels) {
            perRegio.computeIfAbsent(Objects.requireNonNull(reikwijdte.regio(moment.gemeenten().get(code))),
                    k -> new ArrayList<>()).add(code);
        }
        for (List<String> groep : perRegio.values()) {
            for (int i = 0; i < groep.size(); i++) {
                for (int j = i + 1; j < groep.size(); j++) {
                    if (betreft(focus, groep.get(i), groep.get(j))) {
                        paren.add(paar(moment, groep.get(i), groep.get(j)));
                    }
                }
            }
        }
        return paren;
    }

    private static Conflictcontrole.Paar paar(Momentopname moment, String a, String b) {
        return new Conflictcontrole.Paar(moment.regelsets().get(a), moment.regelsets().get(b));
    }

    private static boolean betreft(String focus, String a, String b) {
        return focus == null || focus.equals(a) || focus.equals(b);
    }
}
