package nl.sekswerkregister.lappendeken.domain;

import java.util.function.Function;

/** Which municipalities are compared with each other. */
public enum Reikwijdte {
    /** Municipalities that share a land border (CBS 2025 topology). */
    BUREN(null),
    PROVINCIE(Gemeenteligging::provincie),
    VEILIGHEIDSREGIO(Gemeenteligging::veiligheidsregio),
    RIEC(Gemeenteligging::riecRegio),
    /** Every pair in the country. */
    LANDELIJK(g -> "Nederland");

    private final Function<Gemeenteligging, String> regio;

    Reikwijdte(Function<Gemeenteligging, String> regio) {
        this.regio = regio;
    }

    /** The region a municipality belongs to in this scope; null for BUREN (no regions, only borders). */
    public String regio(Gemeenteligging gemeente) {
        return regio == null ? null : regio.apply(gemeente);
    }

    public boolean isRegionaal() {
        return regio != null && this != LANDELIJK;
    }
}
