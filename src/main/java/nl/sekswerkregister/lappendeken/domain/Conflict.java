package nl.sekswerkregister.lappendeken.domain;

import java.util.List;

/**
 * One finding. Its id is derived from what it is about (check, municipalities, dimension,
 * licence), never from versions or dates, so the same conflict keeps its id across runs and
 * clients can tell what is new and what was resolved.
 */
public record Conflict(String id, String controle, Ernst ernst, List<String> gemeenten,
                       List<RegelsetInfo> regelsets, List<String> vergunningen, KaderInfo kader, String dimensie,
                       List<Waarde> waarden, String uitlegNl, String uitlegEn) {

    /** One side of the comparison: whose value it is (a municipality code or "kader") and the value. */
    public record Waarde(String van, String waarde) {
    }

    public boolean betreft(String gemeenteCode) {
        return gemeenten.contains(gemeenteCode);
    }
}
