package nl.sekswerkregister.pagina.kaart;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What the map templates show, already in words: the templates only lay it out. The SVG is
 * written by {@link KaartTekenaar} (escaped there), so it is passed as raw markup.
 */
@TemplateData
public record Kaartweergave(RawString svg, String bronvermelding, List<Legendaregel> legenda,
                            List<Legendaregel> lijnlegenda, int aantalLijnen, List<Tabelrij> tabel) {

    /** One legend entry: swatch, words, and how many municipalities (or lines) it holds. */
    @TemplateData
    public record Legendaregel(RawString staal, String soort, String label, int aantal) {
    }

    /** One municipality in the text alternative of the map. */
    @TemplateData
    public record Tabelrij(String code, String naam, String provincie, String waarde, String soort, String link) {
    }

    /** A choice in a select: value, words, selected. */
    @TemplateData
    public record Keuze(String waarde, String naam, boolean gekozen) {
    }

    /** A field error, named as the form names it. */
    @TemplateData
    public record Fout(String veld, String melding) {
    }

    /** The side panel of one municipality. */
    @TemplateData
    public record Paneel(String code, String naam, String provincie, boolean heeftRegelset, String geldigVanaf,
                         String geldigTot, String bron, List<Bronlink> bronnen, List<Regel> regels,
                         List<Bevinding> conflicten) {
    }

    /** A rule in words with where its text is. */
    @TemplateData
    public record Regel(String naam, String waarde, String vindplaats, String url) {
    }

    @TemplateData
    public record Bronlink(String tekst, String url) {
    }

    /** A conflict in words: which check, how severe, with whom, and the engine's explanation. */
    @TemplateData
    public record Bevinding(String id, String controle, String ernst, String omschrijving, String met, String uitleg,
                            String uitlegEn) {
    }

    /** The patchwork index of one region: overall and for the dimension shown. */
    @TemplateData
    public record Indexrij(String regio, String index, String indexDimensie, int aantalMetRegelset) {
    }
}
