package nl.sekswerkregister.common.beveiliging;

import java.util.Set;

/**
 * The municipalities a caller may look in, and whether that includes a home worker's premises.
 *
 * @param gemeenten    CBS codes; null for every municipality (the national roles). May be empty: a
 *                     token whose region names no municipality reaches nothing.
 * @param metThuiswerk whether premises that are only a home worker's home, and THUISWERK licences,
 *                     are shown: to a municipality's own officers only
 */
public record Bereik(Set<String> gemeenten, boolean metThuiswerk) {

    public Bereik {
        gemeenten = gemeenten == null ? null : Set.copyOf(gemeenten);
    }

    /** Every municipality, without home workers' premises. */
    public static Bereik landelijk() {
        return new Bereik(null, false);
    }

    public boolean isLandelijk() {
        return gemeenten == null;
    }

    public boolean omvat(String gemeenteCode) {
        return gemeenten == null || gemeenten.contains(gemeenteCode);
    }
}
