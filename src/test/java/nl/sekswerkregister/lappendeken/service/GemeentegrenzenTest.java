package nl.sekswerkregister.lappendeken.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sekswerkregister.lappendeken.domain.Grenzen;
import org.junit.jupiter.api.Test;

/**
 * Decoding the TopoJSON boundaries and measuring a point's distance to a shared border, with points
 * whose distance is known by construction, and the real 2025 file against the municipality table.
 */
class GemeentegrenzenTest {

    /** Metres per degree of latitude on the mean earth sphere. */
    static final double METER_PER_GRAAD = 6_371_008.8 * Math.PI / 180;

    /**
     * Two unit squares side by side, quantised at 0.01 degree from (5.0 E, 52.0 N): GM0001 is
     * [5.00, 5.01] x [52.00, 52.01], GM0002 the square east of it; they share the arc x = 5.01.
     */
    static final String TWEE_VIERKANTEN = """
            {"type": "Topology", "transform": {"scale": [0.01, 0.01], "translate": [5.0, 52.0]},
             "arcs": [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1], [1, 0]], [[1, 0], [1, 0], [0, 1], [-1, 0]]],
             "objects": {"gemeente_2025": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "GM0001", "arcs": [[0, 1]]},
               {"type": "MultiPolygon", "id": "GM0002", "arcs": [[[2, -1]]]}]}}}""";

    @Test
    void eenGedeeldeBoogIsDeGrensEnDeAfstandKlopt() throws Exception {
        Grenzen grenzen = Gemeentegrenzen.lees(new java.io.ByteArrayInputStream(TWEE_VIERKANTEN.getBytes(StandardCharsets.UTF_8)));
        assertThat(grenzen.paren()).containsExactly("GM0001|GM0002");
        assertThat(grenzen.grens("GM0002", "GM0001")).singleElement()
                .satisfies(lijn -> assertThat(lijn).containsExactly(new double[] {5.01, 52.0, 5.01, 52.01}, within(1e-9)));
        // On the border, and 0.01 degree west of it at 52.005 N: 0.01 * cos(52.005) degrees of a great circle.
        assertThat(grenzen.afstandMeters("GM0001", "GM0002", 52.005, 5.01).getAsDouble()).isCloseTo(0, within(1e-6));
        assertThat(grenzen.afstandMeters("GM0001", "GM0002", 52.005, 5.0).getAsDouble())
                .isCloseTo(0.01 * Math.cos(Math.toRadians(52.005)) * METER_PER_GRAAD, within(0.01));
        // North of the end of the shared stretch: the distance is to its end point, straight south.
        assertThat(grenzen.afstandMeters("GM0001", "GM0002", 52.02, 5.01).getAsDouble())
                .isCloseTo(0.01 * METER_PER_GRAAD, within(0.01));
        assertThat(grenzen.afstandMeters("GM0001", "GM0003", 52.005, 5.0)).isEmpty();
    }

    @Test
    void eenSchuinLijnstukMeetLoodrecht() {
        // A border along the diagonal from (5.0, 52.0) to (5.1, 52.1); in the local plane, a point on the
        // perpendicular through the middle is as far from it as the projection says.
        Grenzen grenzen = new Grenzen(Map.of("GM0001|GM0002", List.of(new double[] {5.0, 52.0, 5.1, 52.1})));
        double afstand = grenzen.afstandMeters("GM0001", "GM0002", 52.05, 5.05).getAsDouble();
        assertThat(afstand).isCloseTo(0, within(1e-6));
        double cos = Math.cos(Math.toRadians(52.06));
        double x = -0.01 * cos;
        double y = 0.01;
        // distance from (x, y) to the line through the origin with direction (0.1 cos, 0.1), in degrees of a great circle
        double richtingX = cos;
        double richtingY = 1;
        double verwacht = Math.abs(x * richtingY - y * richtingX) / Math.hypot(richtingX, richtingY) * METER_PER_GRAAD;
        assertThat(grenzen.afstandMeters("GM0001", "GM0002", 52.06, 5.04).getAsDouble())
                .isCloseTo(verwacht, within(verwacht * 0.01));
    }

    @Test
    void deGrenzenVan2025ZijnPreciesDeBurenUitDeGemeententabel() throws Exception {
        Grenzen grenzen = new Gemeentegrenzen().grenzen();
        Set<String> buren = new HashSet<>();
        try (InputStream in = GemeentegrenzenTest.class.getResourceAsStream("/referentiedata/gemeenten-2025.csv");
             BufferedReader regels = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            regels.readLine();
            for (String regel = regels.readLine(); regel != null; regel = regels.readLine()) {
                String code = regel.substring(0, 6);
                String lijst = regel.substring(regel.lastIndexOf(',') + 1);
                for (String buur : lijst.isEmpty() ? new String[0] : lijst.split(";")) {
                    buren.add(code.compareTo(buur) < 0 ? code + "|" + buur : buur + "|" + code);
                }
            }
        }
        assertThat(buren).hasSize(869);
        assertThat(grenzen.paren()).isEqualTo(buren);
    }

    @Test
    void eenPuntOpDeEchteGrensLigtErOpEnVerderOpIsHetVer() {
        Grenzen grenzen = new Gemeentegrenzen().grenzen();
        // Groningen (GM0014) and Noordenveld (GM1699) are neighbours: a vertex of their border is on it.
        double[] lijn = grenzen.grens("GM0014", "GM1699").get(0);
        assertThat(grenzen.afstandMeters("GM0014", "GM1699", lijn[1], lijn[0]).getAsDouble()).isCloseTo(0, within(1e-6));
        // Dam square in Amsterdam lies some 150 km from that border.
        assertThat(grenzen.afstandMeters("GM0014", "GM1699", 52.373, 4.893).getAsDouble()).isGreaterThan(140_000);
    }
}
