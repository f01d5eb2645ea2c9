package nl.sekswerkregister.pagina.kaart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every municipality as an SVG path, projected once, at the first map asked for (not at start-up, which stays fast
 * for the API), from the same TopoJSON the engine
 * reads its borders from ({@code referentiedata/gemeentegrenzen-2025.topo.json}; source and
 * attribution in its README). Decoding and projecting 1,094 arcs on each request would cost more
 * than rendering the page; the division only changes with a release.
 *
 * <p>Projection: equirectangular around 52.1°N (the middle of the country), x scaled by
 * cos(52.1°) so that a kilometre east is as long as a kilometre north. Over the 300 km of the
 * Netherlands this distorts by well under 2%, less than the simplification of the borders
 * themselves, and needs no projection library. Coordinates are rounded to 0.1 px and written
 * relative to the previous point, which keeps the 342 paths at about a quarter of their absolute size.
 */
@ApplicationScoped
public class Kaartvlakken {

    static final String BRON = "/referentiedata/gemeentegrenzen-2025.topo.json";
    static final String OBJECT = "gemeente_2025";
    public static final String BRONVERMELDING = "Bron: CBS, Kadaster/PDOK – CBS Gebiedsindelingen 2025";
    static final double BREEDTE = 1000;
    private static final double COS = Math.cos(Math.toRadians(52.1));

    /** One municipality: its path ("d" attribute) and the point its conflict lines start from. */
    public record Vlak(String code, String naam, String pad, double labelX, double labelY) {
    }

    private final Map<String, Vlak> vlakken;
    private final double hoogte;

    public Kaartvlakken() {
        try (InputStream in = Kaartvlakken.class.getResourceAsStream(BRON)) {
            if (in == null) {
                throw new IllegalStateException(BRON + " ontbreekt");
            }
            JsonNode topologie = new ObjectMapper().readTree(in);
            Projectie projectie = Projectie.voor(topologie);
            this.hoogte = projectie.hoogte;
            this.vlakken = lees(topologie, projectie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By municipality code, in the order of the topology. */
    public Map<String, Vlak> alle() {
        return vlakken;
    }

    public String viewBox() {
        return "0 0 " + (int) BREEDTE + " " + (int) Math.ceil(hoogte);
    }

    /** Degrees to pixels: bounds from the topology's own arcs, so the whole country just fits. */
    private record Projectie(double minLon, double maxLat, double schaal, double hoogte, double[] scale,
                             double[] translate) {

        static Projectie voor(JsonNode topologie) {
            double[] scale = {topologie.at("/transform/scale/0").asDouble(), topologie.at("/transform/scale/1").asDouble()};
            double[] translate = {topologie.at("/transform/translate/0").asDouble(),
                    topologie.at("/transform/translate/1").asDouble()};
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (JsonNode boog : topologie.get("arcs")) {
                long x = 0;
                long y = 0;
                for (JsonNode punt : boog) {
                    x += punt.get(0).asLong();
                    y += punt.get(1).asLong();
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
            double minLon = minX * scale[0] + translate[0];
            double maxLon = maxX * scale[0] + translate[0];
            double minLat = minY * scale[1] + translate[1];
            double maxLat = maxY * scale[1] + translate[1];
            double schaal = BREEDTE / ((maxLon - minLon) * COS);
            return new Projectie(minLon, maxLat, schaal, (maxLat - minLat) * schaal, scale, translate);
        }

        /** Rounded to 0.1 px, in tenths of a pixel (integers: no drift when written relative). */
        long x(long qx) {
            return Math.round(((qx * scale[0] + translate[0]) - minLon) * COS * schaal * 10);
        }

        long y(long qy) {
            return Math.round((maxLat - (qy * scale[1] + translate[1])) * schaal * 10);
        }
    }

    private static Map<String, Vlak> lees(JsonNode topologie, Projectie projectie) {
        List<long[]> bogen = new ArrayList<>();
        for (JsonNode boog : topologie.get("arcs")) {
            long[] punten = new long[boog.size() * 2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < boog.size(); i++) {
                x += boog.get(i).get(0).asLong();
                y += boog.get(i).get(1).asLong();
                punten[2 * i] = projectie.x(x);
                punten[2 * i + 1] = projectie.y(y);
            }
            bogen.add(punten);
        }
        Map<String, Vlak> vlakken = new LinkedHashMap<>();
        for (JsonNode geometrie : topologie.at("/objects/" + OBJECT + "/geometries")) {
            List<JsonNode> polygonen = new ArrayList<>();
            if ("MultiPolygon".equals(geometrie.path("type").asText())) {
                geometrie.get("arcs").forEach(polygonen::add);
            } else {
                polygonen.add(geometrie.get("arcs"));
            }
            StringBuilder pad = new StringBuilder();
            long[] laatste = {0, 0};
            double grootste = -1;
            double[] label = {0, 0};
            for (JsonNode polygoon : polygonen) {
                for (JsonNode ring : polygoon) {
                    long[] punten = ring(ring, bogen);
                    schrijf(pad, punten, laatste);
                    double[] zwaartepunt = zwaartepunt(punten);
                    if (zwaartepunt[2] > grootste) {
                        grootste = zwaartepunt[2];
                        label = zwaartepunt;
                    }
                }
            }
            String code = geometrie.get("id").asText();
            vlakken.put(code, new Vlak(code, geometrie.at("/properties/statnaam").asText(code), pad.toString(),
                    Math.round(label[0]) / 10.0, Math.round(label[1]) / 10.0));
        }
        return Collections.unmodifiableMap(vlakken);
    }

    /** A ring's points, arcs joined (a negative index ~i is arc i reversed; shared end points once). */
    private static long[] ring(JsonNode ring, List<long[]> bogen) {
        List<Long> punten = new ArrayList<>();
        for (JsonNode index : ring) {
            int i = index.asInt();
            long[] boog = bogen.get(i < 0 ? ~i : i);
            int n = boog.length / 2;
            for (int k = punten.isEmpty() ? 0 : 1; k < n; k++) {
                int p = i < 0 ? n - 1 - k : k;
                punten.add(boog[2 * p]);
                punten.add(boog[2 * p + 1]);
            }
        }
        return punten.stream().mapToLong(Long::longValue).toArray();
    }

    /** "M" to the first point relative to the previous ring's start, then "l" deltas; tenths of a px. */
    private static void schrijf(StringBuilder pad, long[] punten, long[] laatste) {
        pad.append(pad.isEmpty() ? 'M' : 'm');
        long px = pad.length() == 1 ? 0 : laatste[0];
        long py = pad.length() == 1 ? 0 : laatste[1];
        getal(pad, punten[0] - px);
        pad.append(',');
        getal(pad, punten[1] - py);
        pad.append('l');
        int begin = pad.length();
        long x = punten[0];
        long y = punten[1];
        for (int i = 2; i < punten.length; i += 2) {
            long dx = punten[i] - x;
            long dy = punten[i + 1] - y;
            if (dx == 0 && dy == 0) {
                continue;
            }
            if (dx >= 0 && i > 2) {
                pad.append(' ');
            }
            getal(pad, dx);
            if (dy >= 0) {
                pad.append(',');
            }
            getal(pad, dy);
            x = punten[i];
            y = punten[i + 1];
        }
        if (pad.length() == begin) {
            pad.setLength(begin - 1);
        }
        pad.append('z');
        // After "z" the current point is the ring's start again.
        laatste[0] = punten[0];
        laatste[1] = punten[1];
    }

    /** Tenths of a pixel written as pixels: 123 → 12.3, -5 → -.5, 40 → 4. */
    private static void getal(StringBuilder pad, long tienden) {
        if (tienden < 0) {
            pad.append('-');
            tienden = -tienden;
        }
        long geheel = tienden / 10;
        long rest = tienden % 10;
        if (geheel != 0 || rest == 0) {
            pad.append(geheel);
        }
        if (rest != 0) {
            pad.append('.').append(rest);
        }
    }

    /** Area-weighted centroid of a ring (shoelace) and its absolute area: {x, y, area}. */
    private static double[] zwaartepunt(long[] p) {
        double a = 0;
        double cx = 0;
        double cy = 0;
        int n = p.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double kruis = (double) p[2 * i] * p[2 * j + 1] - (double) p[2 * j] * p[2 * i + 1];
            a += kruis;
            cx += (p[2 * i] + p[2 * j]) * kruis;
            cy += (p[2 * i + 1] + p[2 * j + 1]) * kruis;
        }
        if (a == 0) {
            return new double[] {p[0], p[1], 0};
        }
        return new double[] {cx / (3 * a), cy / (3 * a), Math.abs(a / 2)};
    }
}
