package nl.sekswerkregister.lappendeken.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.lappendeken.domain.Grenzen;

/**
 * The municipal borders of the 2025 division, read once from the TopoJSON in
 * {@code referentiedata/} (see its README for source and attribution). The municipal division
 * changes only with a release, so the borders are read at first use and kept.
 */
@ApplicationScoped
public class Gemeentegrenzen {

    static final String BRON = "/referentiedata/gemeentegrenzen-2025.topo.json";
    static final String OBJECT = "gemeente_2025";

    /** The parts of a quantised TopoJSON topology that are read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Topologie(Transform transform, List<List<int[]>> arcs, Map<String, Objecten> objects) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Transform(double[] scale, double[] translate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Objecten(List<Geometrie> geometries) {
    }

    /** A Polygon (rings of arc indices) or MultiPolygon (polygons of rings): nested lists, read as such. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Geometrie(String id, List<Object> arcs) {
    }

    private volatile Grenzen grenzen;

    public Grenzen grenzen() {
        Grenzen gelezen = grenzen;
        if (gelezen == null) {
            try (InputStream in = Gemeentegrenzen.class.getResourceAsStream(BRON)) {
                if (in == null) {
                    throw new IllegalStateException(BRON + " ontbreekt");
                }
                gelezen = lees(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            grenzen = gelezen;
        }
        return gelezen;
    }

    /** Reads a quantised topology: its transform, its arcs and the arcs of each geometry (by its id). */
    static Grenzen lees(InputStream in) throws IOException {
        Topologie topologie = new ObjectMapper().readValue(in, Topologie.class);
        List<int[][]> bogen = topologie.arcs().stream().map(boog -> boog.toArray(int[][]::new)).toList();
        Map<String, int[]> perGemeente = new HashMap<>();
        for (Geometrie geometrie : topologie.objects().get(OBJECT).geometries()) {
            List<Integer> indices = new ArrayList<>();
            verzamel(geometrie.arcs(), indices);
            perGemeente.put(geometrie.id(), indices.stream().mapToInt(Integer::intValue).toArray());
        }
        return Grenzen.uitTopologie(topologie.transform().scale(), topologie.transform().translate(), bogen, perGemeente);
    }

    /** Every arc index in the nested rings of a Polygon or MultiPolygon. */
    private static void verzamel(Object knoop, List<Integer> indices) {
        if (knoop instanceof Number getal) {
            indices.add(getal.intValue());
        } else if (knoop instanceof List<?> lijst) {
            lijst.forEach(kind -> verzamel(kind, indices));
        }
    }
}
