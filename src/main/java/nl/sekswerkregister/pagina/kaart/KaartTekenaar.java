package nl.sekswerkregister.pagina.kaart;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.sekswerkregister.lappendeken.domain.Ernst;

/**
 * Writes the map as inline SVG: the server knows every value, so the browser needs no map library,
 * no tile server and no script to show it, and the page prints as it looks. Each municipality is a
 * link (keyboard focus, a click without JavaScript) around its path, with a title naming it and its
 * value in words; conflict lines go on top, most severe last so they stay visible.
 */
final class KaartTekenaar {

    /** A conflict drawn between two municipalities' label points. */
    record Lijn(String controle, Ernst ernst, String a, String b, String titel) {
    }

    private KaartTekenaar() {
    }

    /**
     * @param link the page a municipality links to, or null for a map without links (the simulation)
     */
    static String teken(Kaartvlakken vlakken, Klassen klassen, Function<String, String> titel,
                        Function<String, String> link, String gekozen, List<Lijn> lijnen, String label) {
        StringBuilder svg = new StringBuilder(200_000);
        svg.append("<svg class=\"kaart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(vlakken.viewBox())
                .append("\" role=\"group\" aria-label=\"").append(xml(label)).append("\">");
        patronen(svg);
        svg.append("<g class=\"kaart-gemeenten\">");
        for (Kaartvlakken.Vlak vlak : vlakken.alle().values()) {
            Klassen.Klasse klasse = klassen.van(vlak.code());
            boolean isGekozen = vlak.code().equals(gekozen);
            svg.append(link == null ? "<g" : "<a href=\"" + xml(link.apply(vlak.code())) + "\"")
                    .append(" class=\"gemeente").append(isGekozen ? " gekozen" : "")
                    .append("\" data-gemeente=\"").append(vlak.code())
                    .append("\" data-categorie=\"").append(xml(klasse.id())).append('"')
                    .append(isGekozen && link != null ? " aria-current=\"true\"" : "")
                    .append("><title>").append(xml(titel.apply(vlak.code()))).append("</title><path d=\"")
                    .append(vlak.pad()).append("\" fill=\"").append(klasse.vulling()).append("\"/>")
                    .append(link == null ? "</g>" : "</a>");
        }
        svg.append("</g><g class=\"kaart-conflicten\">");
        lijnen.stream().sorted(Comparator.comparing((Lijn l) -> l.ernst().ordinal()).reversed()).forEach(lijn -> {
            Kaartvlakken.Vlak a = vlakken.alle().get(lijn.a());
            Kaartvlakken.Vlak b = vlakken.alle().get(lijn.b());
            if (a == null || b == null) {
                return;
            }
            String punten = " x1=\"" + getal(a.labelX()) + "\" y1=\"" + getal(a.labelY()) + "\" x2=\"" + getal(b.labelX())
                    + "\" y2=\"" + getal(b.labelY()) + "\"";
            svg.append("<g class=\"conflict ernst-").append(lijn.ernst().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" data-controle=\"").append(lijn.controle()).append("\" data-ernst=\"").append(lijn.ernst())
                    .append("\" data-gemeenten=\"").append(lijn.a()).append(' ').append(lijn.b()).append("\"><title>")
                    .append(xml(lijn.titel())).append("</title><line class=\"halo\"").append(punten)
                    .append("/><line class=\"lijn\"").append(punten).append(lijnstijl(lijn.ernst())).append("/></g>");
        });
        svg.append("</g></svg>");
        return svg.toString();
    }

    /**
     * Width and dash by severity, as attributes so they also hold without the stylesheet (and in
     * print): FOUT thick and solid, WAARSCHUWING medium and dashed, INFORMATIE thin and dotted.
     */
    static String lijnstijl(Ernst ernst) {
        return switch (ernst) {
            case FOUT -> " stroke=\"#000\" stroke-width=\"4\"";
            case WAARSCHUWING -> " stroke=\"#000\" stroke-width=\"2.5\" stroke-dasharray=\"8 4\"";
            case INFORMATIE -> " stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"";
        };
    }

    /** The hatching of "not regulated" and the dots of "unknown": also used by the legend's swatches. */
    static void patronen(StringBuilder svg) {
        svg.append("<defs><pattern id=\"patroon-niet-geregeld\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e6e6e6\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#4d4d4d\" stroke-width=\"2\"/></pattern>"
                + "<pattern id=\"patroon-onbekend\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"#767676\"/>"
                + "</pattern></defs>");
    }

    /** A legend swatch of a class: the same fill as on the map. */
    static String staal(Klassen.Klasse klasse) {
        return "<svg class=\"staal\" width=\"28\" height=\"18\" viewBox=\"0 0 28 18\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect x=\"1\" y=\"1\" width=\"26\" height=\"16\" fill=\"" + klasse.vulling()
                + "\" stroke=\"#000\" stroke-width=\"1\"/></svg>";
    }

    /** A legend swatch of a conflict line. */
    static String lijnstaal(Ernst ernst) {
        return "<svg class=\"staal\" width=\"40\" height=\"18\" viewBox=\"0 0 40 18\" aria-hidden=\"true\" focusable=\"false\">"
                + "<line x1=\"2\" y1=\"9\" x2=\"38\" y2=\"9\"" + lijnstijl(ernst) + "/></svg>";
    }

    private static String getal(double waarde) {
        return waarde == Math.rint(waarde) ? String.valueOf((long) waarde) : String.valueOf(waarde);
    }

    static String xml(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        for (char c : tekst.toCharArray()) {
            switch (c) {
                case '&' -> uit.append("&amp;");
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '"' -> uit.append("&quot;");
                case '\'' -> uit.append("&#39;");
                default -> uit.append(c);
            }
        }
        return uit.toString();
    }
}
