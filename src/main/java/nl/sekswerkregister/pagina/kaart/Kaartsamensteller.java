package nl.sekswerkregister.pagina.kaart;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.lappendeken.controles.Controlecatalogus;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Conflictcontrole;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Fragmentatie;
import nl.sekswerkregister.lappendeken.domain.Reikwijdte;
import nl.sekswerkregister.lappendeken.service.ConflictFilter;
import nl.sekswerkregister.lappendeken.service.IndexFilter;
import nl.sekswerkregister.lappendeken.service.LappendekenService;
import nl.sekswerkregister.openbaar.service.OpenbaarService;
import nl.sekswerkregister.pagina.Waardetekst;
import nl.sekswerkregister.pagina.kaart.Kaartweergave.Legendaregel;
import nl.sekswerkregister.pagina.kaart.Kaartweergave.Tabelrij;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Vindplaats;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;

/**
 * Puts the map together from the same service calls the API makes: the rule sets of
 * {@code /api/v1/openbaar/regelsets} (published only, never a draft), the findings of
 * {@code /api/v1/conflicten} between neighbours, the index of {@code /api/v1/openbaar/lappendeken-index}.
 * So the map and the API cannot disagree about a date.
 */
@ApplicationScoped
public class Kaartsamensteller {

    /** More than the country has municipalities: one page holds every rule set in force. */
    private static final Paginering ALLE = new Paginering(1, 1000);
    /** Findings from enforcement's signals are not open data (they go through statistics' disclosure control). */
    private static final Set<String> NIET_OPENBAAR = Set.of("VERPLAATSING_WAARGENOMEN");

    private final OpenbaarService openbaar;
    private final LappendekenService lappendeken;
    private final GemeenteService gemeenten;
    private final Controlecatalogus catalogus;
    private final Kaartvlakken vlakken;

    public Kaartsamensteller(OpenbaarService openbaar, LappendekenService lappendeken, GemeenteService gemeenten,
                             Controlecatalogus catalogus, Kaartvlakken vlakken) {
        this.openbaar = openbaar;
        this.lappendeken = lappendeken;
        this.gemeenten = gemeenten;
        this.catalogus = catalogus;
        this.vlakken = vlakken;
    }

    /** A simulated rule set for one municipality, with what the engine says it changes. */
    record Simulatie(String gemeenteCode, Regels regels, List<Conflict> nieuw, List<Conflict> opgelost) {
    }

    public LocalDate vandaag() {
        return openbaar.vandaag();
    }

    /**
     * The checks the public map shows: rules against rules and against the national framework. Not
     * the checks of licences held, nor those on enforcement's signals: the public API exposes neither.
     */
    List<Conflictcontrole> openbareControles() {
        return catalogus.alle().stream().filter(c -> !c.betreftVergunningen() && !NIET_OPENBAAR.contains(c.code()))
                .toList();
    }

    boolean isOpenbareControle(String code) {
        return openbareControles().stream().anyMatch(c -> c.code().equals(code));
    }

    boolean bestaat(String gemeenteCode) {
        return vlakken.alle().containsKey(gemeenteCode);
    }

    /** Per municipality code the published rule set in force on the date. */
    Map<String, RegelsetBeeld> regelsets(LocalDate peildatum) {
        return openbaar.regelsets(null, peildatum, ALLE).resultaten().stream()
                .collect(Collectors.toMap(RegelsetBeeld::gemeenteCode, Function.identity()));
    }

    /** The public findings of the date between neighbours (and against the framework), of one check or all. */
    List<Conflict> conflicten(LocalDate peildatum, String controle) {
        return lappendeken.conflicten(new ConflictFilter(peildatum, Reikwijdte.BUREN, null, null, controle, null, null))
                .conflicten().stream().filter(c -> isOpenbareControle(c.controle())).toList();
    }

    Map<String, GemeenteService.GemeenteBeeld> gemeenten() {
        return gemeenten.perCode();
    }

    /**
     * The map of a date in a dimension: classes per municipality, lines per conflict between two.
     *
     * @param link      where a municipality links to (null: no links)
     * @param simulatie a municipality's simulated rules and its changed findings, or null
     */
    Kaartweergave kaart(LocalDate peildatum, Dimensie dimensie, Map<String, Regels> regels, List<Conflict> conflicten,
                        String gekozen, Function<String, String> link, Function<String, String> tabellink) {
        Map<String, GemeenteService.GemeenteBeeld> alle = gemeenten();
        Map<String, Regelwaarde> waarden = new HashMap<>();
        regels.forEach((code, r) -> waarden.put(code, r.waarde(dimensie.code())));
        Klassen klassen = Klassen.indelen(dimensie, waarden);
        Function<String, String> inWoorden = code -> {
            Regelwaarde w = waarden.get(code);
            if (w == null) {
                return "onbekend (geen gepubliceerde regelset in werking)";
            }
            return w.isGezet() ? dimensie.inWoorden(w.waarde()) : Waardetekst.inWoorden(w);
        };
        Function<String, String> naam = code -> alle.containsKey(code) ? alle.get(code).naam() : code;
        List<KaartTekenaar.Lijn> lijnen = lijnen(conflicten, naam);
        String svg = KaartTekenaar.teken(vlakken, klassen, code -> naam.apply(code) + ": " + inWoorden.apply(code), link,
                gekozen, lijnen, "Kaart van alle gemeenten: " + dimensie.naam().toLowerCase(Locale.ROOT) + " op " + peildatum);

        Map<String, Long> perKlasse = vlakken.alle().keySet().stream()
                .collect(Collectors.groupingBy(code -> klassen.van(code).id(), Collectors.counting()));
        List<Legendaregel> legenda = klassen.legenda().stream()
                .map(k -> new Legendaregel(new RawString(KaartTekenaar.staal(k)), soort(k.soort()), k.label(),
                        perKlasse.getOrDefault(k.id(), 0L).intValue()))
                .toList();
        Map<Ernst, Long> perErnst = lijnen.stream().collect(Collectors.groupingBy(KaartTekenaar.Lijn::ernst,
                Collectors.counting()));
        List<Legendaregel> lijnlegenda = new ArrayList<>();
        for (Ernst ernst : Ernst.values()) {
            lijnlegenda.add(new Legendaregel(new RawString(KaartTekenaar.lijnstaal(ernst)), ernst.name(),
                    ernstInWoorden(ernst), perErnst.getOrDefault(ernst, 0L).intValue()));
        }
        List<Tabelrij> tabel = vlakken.alle().keySet().stream()
                .map(code -> new Tabelrij(code, naam.apply(code), alle.containsKey(code) ? alle.get(code).provincie() : "",
                        inWoorden.apply(code), soort(klassen.van(code).soort()),
                        tabellink == null ? null : tabellink.apply(code)))
                .sorted(Comparator.comparing(Tabelrij::naam))
                .toList();
        return new Kaartweergave(new RawString(svg), Kaartvlakken.BRONVERMELDING, legenda, lijnlegenda, lijnen.size(),
                tabel);
    }

    /** One line per pair and check (a check finds one pair on several rules: one line says it). */
    private List<KaartTekenaar.Lijn> lijnen(List<Conflict> conflicten, Function<String, String> naam) {
        Map<String, KaartTekenaar.Lijn> perPaar = new LinkedHashMap<>();
        for (Conflict c : conflicten) {
            if (c.gemeenten().size() != 2) {
                continue;
            }
            String a = c.gemeenten().get(0);
            String b = c.gemeenten().get(1);
            String omschrijving = catalogus.metCode(c.controle()).map(Conflictcontrole::omschrijving).orElse(c.controle());
            perPaar.putIfAbsent(c.controle() + "|" + a + "|" + b, new KaartTekenaar.Lijn(c.controle(), c.ernst(), a, b,
                    naam.apply(a) + " – " + naam.apply(b) + ": " + omschrijving + " (" + ernstInWoorden(c.ernst()) + ")"));
        }
        return List.copyOf(perPaar.values());
    }

    /** The findings in words for a panel or a list. */
    List<Kaartweergave.Bevinding> bevindingen(List<Conflict> conflicten, String gemeenteCode) {
        Map<String, GemeenteService.GemeenteBeeld> alle = gemeenten();
        return conflicten.stream().filter(c -> gemeenteCode == null || c.betreft(gemeenteCode))
                .map(c -> new Kaartweergave.Bevinding(c.id(), c.controle(), ernstInWoorden(c.ernst()),
                        catalogus.metCode(c.controle()).map(Conflictcontrole::omschrijving).orElse(c.controle()),
                        c.gemeenten().stream().filter(g -> !g.equals(gemeenteCode))
                                .map(g -> alle.containsKey(g) ? alle.get(g).naam() + " (" + g + ")" : g)
                                .collect(Collectors.joining(", ")),
                        c.uitlegNl(), c.uitlegEn()))
                .toList();
    }

    /** A municipality's rule set in force in words, with where each rule is written, and its findings. */
    Kaartweergave.Paneel paneel(String code, RegelsetBeeld regelset, List<Conflict> conflicten) {
        GemeenteService.GemeenteBeeld gemeente = gemeenten().get(code);
        List<Kaartweergave.Bevinding> bevindingen = bevindingen(conflicten, code);
        if (regelset == null) {
            return new Kaartweergave.Paneel(code, gemeente.naam(), gemeente.provincie(), false, null, null, null, List.of(),
                    List.of(), bevindingen);
        }
        Regels regels = regelset.regels();
        List<Kaartweergave.Regel> lijst = new ArrayList<>();
        for (String pad : Regelpaden.alle()) {
            Regelwaarde waarde = regels.waarde(pad);
            if (!waarde.isBekend()) {
                continue;
            }
            Vindplaats vindplaats = regels.vindplaats(pad);
            String tekst = vindplaats == null ? null : java.util.stream.Stream.of(vindplaats.artikel(), vindplaats.cvdr(),
                    vindplaats.toelichting()).filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
            String url = vindplaats == null ? null : vindplaats.url() != null ? vindplaats.url()
                    : vindplaats.cvdr() != null ? "https://lokaleregelgeving.overheid.nl/" + vindplaats.cvdr() : null;
            lijst.add(new Kaartweergave.Regel(Waardetekst.pad(pad), Waardetekst.inWoorden(pad, waarde), tekst, url));
        }
        List<Kaartweergave.Bronlink> bronnen = new ArrayList<>();
        if (regelset.bronnen() != null) {
            regelset.bronnen().forEach(b -> bronnen.add(new Kaartweergave.Bronlink(b,
                    b.startsWith("https://") || b.startsWith("http://") ? b : null)));
        }
        return new Kaartweergave.Paneel(code, gemeente.naam(), gemeente.provincie(), true,
                String.valueOf(regelset.geldigVanaf()), regelset.geldigTot() == null ? "onbepaalde tijd"
                : String.valueOf(regelset.geldigTot()), regelset.bron(), bronnen, lijst, bevindingen);
    }

    /** The patchwork index per province on the date: overall and for the rule the map shows. */
    List<Kaartweergave.Indexrij> index(LocalDate peildatum, Dimensie dimensie) {
        var index = lappendeken.index(peildatum, Reikwijdte.PROVINCIE, IndexFilter.LANDELIJK);
        List<Kaartweergave.Indexrij> rijen = new ArrayList<>();
        index.perRegio().forEach((regio, uitkomst) -> rijen.add(indexrij(regio, uitkomst, dimensie)));
        rijen.add(indexrij("Nederland", index.geheel(), dimensie));
        return rijen;
    }

    private static Kaartweergave.Indexrij indexrij(String regio, Fragmentatie.Uitkomst uitkomst, Dimensie dimensie) {
        Double perDimensie = uitkomst.dimensies().stream().filter(d -> d.dimensie().equals(dimensie.code()))
                .map(Fragmentatie.Dimensie::index).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new Kaartweergave.Indexrij(regio, getal(uitkomst.index()), getal(perDimensie),
                uitkomst.aantalGemeentenMetRegelset());
    }

    private static String getal(Double index) {
        return index == null ? "niet te berekenen" : String.format(Locale.forLanguageTag("nl-NL"), "%.2f", index);
    }

    static String ernstInWoorden(Ernst ernst) {
        return switch (ernst) {
            case FOUT -> "fout";
            case WAARSCHUWING -> "waarschuwing";
            case INFORMATIE -> "informatie";
        };
    }

    static String soort(Klassen.Soort soort) {
        return switch (soort) {
            case GEZET -> "gezet";
            case NIET_GEREGELD -> "niet geregeld";
            case ONBEKEND -> "onbekend";
        };
    }
}
