package nl.sekswerkregister.lappendeken.service;

import com.fasterxml.jackson.databind.JsonNode;
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

    private volatile Grenzen grenzen;

    public Grenzen grenzen() {
        Grenzen gelezen = grenzen;
        if (gelezen == null) {
            try (InputStream in = Gemeentegrenzen.class.getResourceAsStream(BRON)) {
                if (in == null) {
                    throw new IllegalStateException(BRON + " ontbreekt");
                }
                gelezen = lees(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            grenzen = gelezen;
        }
        return gelezen;
    }

    /** Reads a quantised topology: its transform, its arcs and the arcs of each geometry (by its id). */
    static Grenzen lees(JsonNode topologie) {
        JsonNode transform = topologie.path("transform");
        double[] schaal = {transform.path("scale").path(0).asDouble(), transform.path("scale").path(1).asDouble()};
        double[] verschuiving = {transform.path("translate").path(0).asDouble(),
                transform.path("translate").path(1).asDouble()};
        List<int[][]> bogen = new ArrayList<>();
        for (JsonNode boog : topologie.path("arcs")) {
            int[][] punten = new int[boog.size()][];
            for (int i = 0; i < boog.size(); i++) {
                punten[i] = new int[] {boog.path(i).path(0).asInt(), boog.path(i).path(1).asInt()};
            }
            bogen.add(punten);
        }
        Map<String, int[]> perGemeente = new HashMap<>();
        for (JsonNode geometrie : topologie.path("objects").path(OBJECT).path("geometries")) {
            List<Integer> indices = new ArrayList<>();
            verzamel(geometrie.path("arcs"), indices);
            perGemeente.put(geometrie.path("id").asText(), indices.stream().mapToInt(Integer::intValue).toArray());
        }
        return Grenzen.uitTopologie(schaal, verschuiving, bogen, perGemeente);
    }

    /** Every arc index in the nested rings of a Polygon or MultiPolygon. */
    private static void verzamel(JsonNode knoop, List<Integer> indices) {
        if (knoop.isInt()) {
            indices.add(knoop.asInt());
        } else if (knoop.isArray()) {
            knoop.forEach(kind -> verzamel(kind, indices));
        }
    }
}
