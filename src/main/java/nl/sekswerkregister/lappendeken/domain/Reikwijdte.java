package nl.sekswerkregister.lappendeken.domain;

import java.util.function.Function;

/** Which municipalities are compared with each other. */
public enum Reikwijdte {
    /** Municipalities that share a land border (CBS 2025 topology). */
    BUREN(null),
    PROVINCIE(GemeenteInfo::provincie),
    VEILIGHEIDSREGIO(GemeenteInfo::veiligheidsregio),
    RIEC(GemeenteInfo::riecRegio),
    /** Every pair in the country. */
    LANDELIJK(g -> "Nederland");

    private final Function<GemeenteInfo, String> regio;

    Reikwijdte(Function<GemeenteInfo, String> regio) {
        this.regio = regio;
    }

    /** The region a municipality belongs to in this scope; null for BUREN (no regions, only borders). */
    public String regio(GemeenteInfo gemeente) {
        return regio == null ? null : regio.apply(gemeente);
    }

    public boolean isRegionaal() {
        return regio != null && this != LANDELIJK;
    }
}
