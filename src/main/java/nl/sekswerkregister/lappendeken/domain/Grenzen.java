package nl.sekswerkregister.lappendeken.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The borders two neighbouring municipalities share, as polylines in WGS84, and the distance of a
 * point to them. Built from a TopoJSON topology ({@link #uitTopologie}): there a border two
 * municipalities share is an arc both their polygons use, so "the border between A and B" is exactly
 * the arcs used by A and by B (for the 2025 division these pairs are exactly the neighbour pairs of
 * the municipality table).
 *
 * <p>Distances use the equirectangular approximation around the point: at the few kilometres this
 * check is about, its error (well under 1%) is far below that of the simplified boundaries
 * themselves (quantised to 0.001 degree, about 100 m).
 */
public final class Grenzen {

    /** Mean radius of the earth (IUGG), in metres. */
    static final double AARDSTRAAL = 6_371_008.8;
    private static final double METER_PER_GRAAD = AARDSTRAAL * Math.PI / 180;

    public static final Grenzen GEEN = new Grenzen(Map.of());

    /** Per pair "A|B" (A before B), the shared arcs, each as lon/lat pairs: {lon0, lat0, lon1, lat1, ...}. */
    private final Map<String, List<double[]>> perPaar;

    public Grenzen(Map<String, List<double[]>> perPaar) {
        Map<String, List<double[]>> kopie = new HashMap<>();
        perPaar.forEach((paar, lijnen) -> kopie.put(paar, List.copyOf(lijnen)));
        this.perPaar = Map.copyOf(kopie);
    }

    /**
     * Decodes a quantised TopoJSON topology (RFC-less, see github.com/topojson/topojson-specification):
     * each arc is a list of delta-encoded integer positions, turned into degrees by the transform;
     * each municipality lists the arcs of its rings (a negative index ~i is arc i reversed).
     *
     * @param schaal     transform.scale (degrees per unit, x then y)
     * @param verschuiving transform.translate (x then y)
     * @param bogen      the arcs, each a list of [dx, dy]
     * @param bogenPerGemeente per municipality code, every arc index its polygons use (signed)
     */
    public static Grenzen uitTopologie(double[] schaal, double[] verschuiving, List<int[][]> bogen,
                                       Map<String, int[]> bogenPerGemeente) {
        Map<Integer, List<String>> gebruikers = new HashMap<>();
        bogenPerGemeente.forEach((gemeente, indices) -> {
            for (int index : indices) {
                List<String> lijst = gebruikers.computeIfAbsent(index < 0 ? ~index : index, k -> new ArrayList<>());
                if (!lijst.contains(gemeente)) {
                    lijst.add(gemeente);
                }
            }
        });
        Map<String, List<double[]>> perPaar = new HashMap<>();
        gebruikers.forEach((boog, gemeenten) -> {
            if (gemeenten.size() == 2) {
                perPaar.computeIfAbsent(sleutel(gemeenten.get(0), gemeenten.get(1)), k -> new ArrayList<>())
                        .add(decodeer(bogen.get(boog), schaal, verschuiving));
            }
        });
        return new Grenzen(perPaar);
    }

    private static double[] decodeer(int[][] boog, double[] schaal, double[] verschuiving) {
        double[] lijn = new double[boog.length * 2];
        long x = 0;
        long y = 0;
        for (int i = 0; i < boog.length; i++) {
            x += boog[i][0];
            y += boog[i][1];
            lijn[2 * i] = x * schaal[0] + verschuiving[0];
            lijn[2 * i + 1] = y * schaal[1] + verschuiving[1];
        }
        return lijn;
    }

    public boolean hebbenGrens(String a, String b) {
        return perPaar.containsKey(sleutel(a, b));
    }

    /** The border a and b share, as polylines {lon0, lat0, lon1, lat1, ...}; empty when they share none. */
    public List<double[]> grens(String a, String b) {
        return perPaar.getOrDefault(sleutel(a, b), List.of());
    }

    /** The pairs that share a border, as "A|B" with A before B. */
    public java.util.Set<String> paren() {
        return perPaar.keySet();
    }

    /** Distance in metres from a point to the border a and b share; empty when they share none. */
    public OptionalDouble afstandMeters(String a, String b, double breedtegraad, double lengtegraad) {
        List<double[]> lijnen = perPaar.get(sleutel(a, b));
        if (lijnen == null) {
            return OptionalDouble.empty();
        }
        double cos = Math.cos(Math.toRadians(breedtegraad));
        double kleinste = Double.POSITIVE_INFINITY;
        for (double[] lijn : lijnen) {
            // Local plane around the point, in metres: x east, y north; the point is the origin.
            double vx = (lijn[0] - lengtegraad) * cos * METER_PER_GRAAD;
            double vy = (lijn[1] - breedtegraad) * METER_PER_GRAAD;
            kleinste = Math.min(kleinste, Math.hypot(vx, vy));
            for (int i = 2; i < lijn.length; i += 2) {
                double wx = (lijn[i] - lengtegraad) * cos * METER_PER_GRAAD;
                double wy = (lijn[i + 1] - breedtegraad) * METER_PER_GRAAD;
                kleinste = Math.min(kleinste, totLijnstuk(vx, vy, wx, wy));
                vx = wx;
                vy = wy;
            }
        }
        return OptionalDouble.of(kleinste);
    }

    /** Distance from the origin to the segment v-w. */
    private static double totLijnstuk(double vx, double vy, double wx, double wy) {
        double dx = wx - vx;
        double dy = wy - vy;
        double lengte2 = dx * dx + dy * dy;
        double t = lengte2 == 0 ? 0 : Math.max(0, Math.min(1, -(vx * dx + vy * dy) / lengte2));
        return Math.hypot(vx + t * dx, vy + t * dy);
    }

    static String sleutel(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
