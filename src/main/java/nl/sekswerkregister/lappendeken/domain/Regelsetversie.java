package nl.sekswerkregister.lappendeken.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * The rule set in force in one municipality on the analysis date; versie null for a simulated draft.
 *
 * <p>{@code urenPerDag} holds, per business type that may open here, the hours open on each day
 * (index {@link Openingstijd.Dag#ordinal()}); a type without opening hours here, or banned, is
 * absent. It is derived once per rule set, because a national analysis compares each rule set's
 * hours in some 340 pairs.
 */
public record Regelsetversie(String gemeenteCode, Integer versie, Regels regels, Map<Bedrijfstype, double[]> urenPerDag) {

    public Regelsetversie {
        urenPerDag = Collections.unmodifiableMap(urenPerDag);
    }

    public Regelsetversie(String gemeenteCode, Integer versie, Regels regels) {
        this(gemeenteCode, versie, regels, urenPerDag(regels));
    }

    private static Map<Bedrijfstype, double[]> urenPerDag(Regels regels) {
        Map<Bedrijfstype, double[]> perType = new EnumMap<>(Bedrijfstype.class);
        for (Bedrijfstype type : Bedrijfstype.values()) {
            BedrijfstypeRegels r = regels.voor(type);
            if (r == null || Boolean.FALSE.equals(r.toegestaan()) || r.openingstijden() == null) {
                continue;
            }
            double[] uren = new double[Openingstijd.Dag.values().length];
            for (Openingstijd tijd : r.openingstijden()) {
                uren[tijd.dag().ordinal()] += tijd.uren();
            }
            perType.put(type, uren);
        }
        return perType;
    }
}
