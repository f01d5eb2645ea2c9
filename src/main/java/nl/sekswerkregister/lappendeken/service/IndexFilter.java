package nl.sekswerkregister.lappendeken.service;

import java.util.List;

/**
 * Which municipalities the patchwork index covers: the whole country ({@link #LANDELIJK}), a chosen
 * list of municipalities, or one region of the index's kind of region. At most one of the two is set.
 */
public record IndexFilter(List<String> gemeenteCodes, String regio) {

    public static final IndexFilter LANDELIJK = new IndexFilter(null, null);

    public IndexFilter {
        gemeenteCodes = gemeenteCodes == null ? null : List.copyOf(gemeenteCodes);
        if (gemeenteCodes != null && regio != null) {
            throw new IllegalArgumentException("Een selectie is gemeenten of een regio, niet allebei");
        }
    }
}
