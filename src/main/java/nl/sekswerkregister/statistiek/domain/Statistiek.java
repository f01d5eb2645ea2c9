package nl.sekswerkregister.statistiek.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The published statistics: their categories and whether they count a stock (as of a date) or a flow
 * (within a month), and whether disclosure control applies. It applies to everything derived from
 * registrations of sex workers or from signals and findings about what happens at premises: a small
 * number there can point at a person. Licences, decisions, inspections, sanctions and rule sets are
 * public decisions about businesses and public law: their counts are published as they are.
 *
 * <p>Signals of human trafficking (signaal_mensenhandel) are not published in any form, not even as a
 * count: that such a signal exists in a municipality in a month is itself sensitive. For the same
 * reason the finding SIGNALEN_VAN_DWANG is left out of the findings.
 */
public enum Statistiek {
    VERGUNNINGEN("vergunningen", true, false, List.of("bedrijfstype", "status")),
    BESLUITEN("besluiten", false, false, List.of("besluittype")),
    CONTROLES("controles", false, false, List.of("soort")),
    BEVINDINGEN("bevindingen", false, true, List.of("code")),
    SANCTIES("sancties", false, false, List.of("soort")),
    SIGNALERINGEN("signaleringen", false, true, List.of("soort")),
    REGISTRATIES("registraties", true, true, List.of("leeftijdsband", "status")),
    REGELSETS("regelsets", true, false, List.of("herkomst")),
    /**
     * Per rule of the vocabulary, in how many municipalities the rules in force set it, decided to leave it
     * unregulated, or leave it unknown (no rule set in force, or the rule set is silent on it).
     */
    REGELS("regels", true, false, List.of("regel", "stand"));

    /** The bands registrations are kept in (Leeftijdsband), youngest first. */
    public static final List<String> LEEFTIJDSBANDEN = List.of("16-17", "18-20", "21-24", "25-34", "35-44", "45-54", "55+");
    /** What a municipality's rules in force come from, or that there are none. */
    public static final List<String> HERKOMSTEN = List.of("GEMEENTE", "PUBLIEKE_BRONNEN", "GEEN");

    private final String pad;
    private final boolean voorraad;
    private final boolean beschermd;
    private final List<String> dimensies;

    Statistiek(String pad, boolean voorraad, boolean beschermd, List<String> dimensies) {
        this.pad = pad;
        this.voorraad = voorraad;
        this.beschermd = beschermd;
        this.dimensies = dimensies;
    }

    public String pad() {
        return pad;
    }

    /** A stock, counted as of a date; otherwise a flow, counted within a month. */
    public boolean isVoorraad() {
        return voorraad;
    }

    /** Whether disclosure control (threshold, secondary suppression, rounding) applies. */
    public boolean isBeschermd() {
        return beschermd;
    }

    public List<String> dimensies() {
        return dimensies;
    }

    /** Enum constants as category values, in declaration order. */
    public static List<String> namen(Class<? extends Enum<?>> type, String... zonder) {
        return Stream.of(type.getEnumConstants()).map(Enum::name)
                .filter(n -> !Arrays.asList(zonder).contains(n)).toList();
    }
}
