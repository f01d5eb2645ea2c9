package nl.sekswerkregister.regelset.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule of the vocabulary by its path ("minimumleeftijd", "bedrijfstypen.CLUB.maximumAantal"):
 * the one list that {@code nietGeregeld}, {@code vindplaatsen}, transitional provisions, the index
 * and the framework comparison all name rules by. A path is a rule a council can adopt on its
 * own; composite values (erkenning, registratiegeldigheid, opening hours) are one rule each.
 */
public final class Regelpaden {

    public static final String BEDRIJFSTYPEN = "bedrijfstypen";
    public static final String WERKPLEKVERHUUR = "werkplekverhuur";

    private static final Map<String, Function<Regels, Object>> PADEN = paden();
    private static final Set<String> GROEPEN = groepen();

    private Regelpaden() {
    }

    public static Set<String> alle() {
        return PADEN.keySet();
    }

    public static boolean bestaat(String pad) {
        return PADEN.containsKey(pad);
    }

    /** A path that stands for several rules at once in {@code nietGeregeld}: a whole business type or group. */
    public static boolean isGroep(String pad) {
        return GROEPEN.contains(pad);
    }

    public static String type(Bedrijfstype type, String veld) {
        return BEDRIJFSTYPEN + "." + type + "." + veld;
    }

    static Regelwaarde waarde(Regels regels, String pad) {
        Function<Regels, Object> lezer = PADEN.get(pad);
        if (lezer == null) {
            throw new IllegalArgumentException("geen regelpad: " + pad);
        }
        Object waarde = lezer.apply(regels);
        if (waarde != null) {
            return new Regelwaarde(Stand.GEZET, waarde);
        }
        return nietGeregeld(regels, pad) ? Regelwaarde.NIET_GEREGELD : Regelwaarde.ONBEKEND;
    }

    private static boolean nietGeregeld(Regels regels, String pad) {
        if (regels.nietGeregeld() == null) {
            return false;
        }
        for (String p : regels.nietGeregeld()) {
            if (pad.equals(p) || (pad.startsWith(p) && pad.charAt(p.length()) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** A value as the index and the findings show it: the same value always reads the same. */
    public static String tekst(Regelwaarde waarde) {
        return switch (waarde.stand()) {
            case ONBEKEND -> "onbekend";
            case NIET_GEREGELD -> "niet geregeld";
            case GEZET -> tekst(waarde.waarde());
        };
    }

    private static String tekst(Object waarde) {
        if (waarde instanceof Erkenning e) {
            return e.soort() + (e.gemeenteCodes() == null || e.gemeenteCodes().isEmpty() ? ""
                    : ":" + e.gemeenteCodes().stream().sorted().collect(Collectors.joining(",")));
        }
        if (waarde instanceof Registratiegeldigheid g) {
            return g.maanden() + " maanden" + (g.onderLeeftijd() == null ? ""
                    : ", " + g.maandenOnderLeeftijd() + " onder " + g.onderLeeftijd());
        }
        if (waarde instanceof Collection<?> lijst) {
            return lijst.isEmpty() ? "geen" : lijst.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
        }
        return String.valueOf(waarde);
    }

    private static Map<String, Function<Regels, Object>> paden() {
        Map<String, Function<Regels, Object>> p = new LinkedHashMap<>();
        p.put("minimumleeftijd", Regels::minimumleeftijd);
        p.put("registratieplicht", Regels::registratieplicht);
        p.put("registratievorm", Regels::registratievorm);
        p.put("registerOpNaam", Regels::registerOpNaam);
        p.put("registratiegeldigheid", Regels::registratiegeldigheid);
        p.put("erkenning", Regels::erkenning);
        p.put("intakeplicht", Regels::intakeplicht);
        p.put("intakeDoor", Regels::intakeDoor);
        p.put("intakeverslagenNaarToezicht", Regels::intakeverslagenNaarToezicht);
        p.put("verblijfsvergunningVereist", Regels::verblijfsvergunningVereist);
        p.put("taaleisen", Regels::taaleisen);
        p.put("maximaleWerkurenPerDag", Regels::maximaleWerkurenPerDag);
        p.put(WERKPLEKVERHUUR + ".maximaalDagenPerWeek",
                r -> r.werkplekverhuur() == null ? null : r.werkplekverhuur().maximaalDagenPerWeek());
        p.put(WERKPLEKVERHUUR + ".maximaalUrenPerDag",
                r -> r.werkplekverhuur() == null ? null : r.werkplekverhuur().maximaalUrenPerDag());
        p.put("tippelzone", Regels::tippelzone);
        p.put("sanctiesVoorSekswerkers", Regels::sanctiesVoorSekswerkers);
        p.put("sanctiesVoorKlanten", Regels::sanctiesVoorKlanten);
        p.put("sanctiesVoorExploitanten", Regels::sanctiesVoorExploitanten);
        p.put("vergunningtermijnJaren", Regels::vergunningtermijnJaren);
        p.put("bibob", Regels::bibob);
        p.put("bedrijfsplanVereist", Regels::bedrijfsplanVereist);
        p.put("beslistermijnWeken", Regels::beslistermijnWeken);
        p.put("vanRechtswegeVerlening", Regels::vanRechtswegeVerlening);
        for (Bedrijfstype type : Bedrijfstype.values()) {
            per(p, type, "toegestaan", BedrijfstypeRegels::toegestaan);
            per(p, type, "vergunningplicht", BedrijfstypeRegels::vergunningplicht);
            per(p, type, "minimumleeftijd", BedrijfstypeRegels::minimumleeftijd);
            per(p, type, "vergunningtermijnJaren", BedrijfstypeRegels::vergunningtermijnJaren);
            per(p, type, "maximumAantal", BedrijfstypeRegels::maximumAantal);
            per(p, type, "maximaPerGebied", BedrijfstypeRegels::maximaPerGebied);
            per(p, type, "aangewezenGebieden", BedrijfstypeRegels::aangewezenGebieden);
            per(p, type, "minimaleAfstandMeters", BedrijfstypeRegels::minimaleAfstandMeters);
            per(p, type, "schaarsteverdeling", BedrijfstypeRegels::schaarsteverdeling);
            per(p, type, "openingstijden", BedrijfstypeRegels::openingstijden);
            per(p, type, "nachtopeningToegestaan", BedrijfstypeRegels::nachtopeningToegestaan);
        }
        return Collections.unmodifiableMap(p);
    }

    private static void per(Map<String, Function<Regels, Object>> p, Bedrijfstype type, String veld,
                            Function<BedrijfstypeRegels, Object> lezer) {
        p.put(type(type, veld), r -> {
            BedrijfstypeRegels t = r.voor(type);
            return t == null ? null : lezer.apply(t);
        });
    }

    private static Set<String> groepen() {
        List<String> g = new java.util.ArrayList<>(List.of(WERKPLEKVERHUUR));
        for (Bedrijfstype type : Bedrijfstype.values()) {
            g.add(BEDRIJFSTYPEN + "." + type);
        }
        return Set.copyOf(g);
    }
}
