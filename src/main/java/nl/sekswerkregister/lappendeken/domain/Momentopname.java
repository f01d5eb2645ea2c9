package nl.sekswerkregister.lappendeken.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the checks may look at, as of one date (rules, licences, and the signals of unlicensed
 * activity in a window before it): immutable, loaded in a few queries for the
 * whole country, so no check ever touches the database (and each can be tested with plain data).
 */
public record Momentopname(LocalDate peildatum, Kaderversie kader, Map<String, Gemeenteligging> gemeenten,
                           Map<String, Regelsetversie> regelsets, List<VergunningInWerking> vergunningen,
                           double openingstijdenDrempelUren, Waarnemingen waarnemingen) {

    public Momentopname {
        gemeenten = Map.copyOf(gemeenten);
        waarnemingen = waarnemingen == null ? Waarnemingen.geen(peildatum) : waarnemingen;
        regelsets = Map.copyOf(regelsets);
        vergunningen = List.copyOf(vergunningen);
    }

    /** A moment without signals of unlicensed activity (the checks that compare rules need none). */
    public Momentopname(LocalDate peildatum, Kaderversie kader, Map<String, Gemeenteligging> gemeenten,
                        Map<String, Regelsetversie> regelsets, List<VergunningInWerking> vergunningen,
                        double openingstijdenDrempelUren) {
        this(peildatum, kader, gemeenten, regelsets, vergunningen, openingstijdenDrempelUren, null);
    }

    /** The same moment with one municipality's rules replaced by a draft (simulation). */
    public Momentopname metRegelset(Regelsetversie concept) {
        Map<String, Regelsetversie> nieuw = new HashMap<>(regelsets);
        nieuw.put(concept.gemeenteCode(), concept);
        return new Momentopname(peildatum, kader, gemeenten, nieuw, vergunningen, openingstijdenDrempelUren, waarnemingen);
    }
}
