package nl.sekswerkregister.pagina.kaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;
import org.junit.jupiter.api.Test;

/**
 * The legend's classes, and the palette checked under simulated colour blindness: the matrices of
 * Machado, Oliveira & Fernandes (2009) at full severity, in linear RGB, compared in CIELAB.
 */
class KlassenTest {

    static final Map<String, double[][]> KLEURENBLINDHEID = Map.of(
            "protanopie", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                    {-0.003882, -0.048116, 1.051998}},
            "deuteranopie", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                    {-0.011820, 0.042940, 0.968881}},
            "tritanopie", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                    {0.004733, 0.691367, 0.303900}},
            "normaal", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

    @Test
    void hetPaletBlijftGeordendEnUitElkaarBijElkeKleurenblindheid() {
        KLEURENBLINDHEID.forEach((soort, matrix) -> {
            List<double[]> lab = Klassen.VIRIDIS.stream().map(kleur -> lab(simuleer(kleur, matrix))).toList();
            for (int i = 1; i < lab.size(); i++) {
                assertThat(lab.get(i)[0]).as(soort + ": lichter dan de vorige stap").isGreaterThan(lab.get(i - 1)[0] + 8);
                assertThat(afstand(lab.get(i), lab.get(i - 1))).as(soort + ": ΔE tussen stap " + i).isGreaterThan(10);
            }
        });
    }

    @Test
    void gezetNietGeregeldEnOnbekendZijnDrieSoorten() {
        Dimensie leeftijd = Dimensie.STANDAARD;
        Map<String, Regelwaarde> waarden = new HashMap<>();
        waarden.put("GM0001", new Regelwaarde(Stand.GEZET, 21));
        waarden.put("GM0002", new Regelwaarde(Stand.GEZET, 18));
        waarden.put("GM0003", Regelwaarde.NIET_GEREGELD);
        waarden.put("GM0004", Regelwaarde.ONBEKEND);
        Klassen klassen = Klassen.indelen(leeftijd, waarden);
        assertThat(klassen.legenda()).extracting(Klassen.Klasse::id)
                .containsExactly("gezet:18", "gezet:21", "niet-geregeld", "onbekend");
        assertThat(klassen.legenda()).extracting(Klassen.Klasse::label).startsWith("18 jaar", "21 jaar");
        assertThat(klassen.van("GM0003").vulling()).isEqualTo("url(#patroon-niet-geregeld)");
        assertThat(klassen.van("GM0004").vulling()).isEqualTo("url(#patroon-onbekend)");
        assertThat(klassen.van("GM9999")).as("zonder regelset").isEqualTo(Klassen.ONBEKEND);
        // Two classes take the two ends of the palette: as far apart as it goes.
        assertThat(klassen.van("GM0002").vulling()).isEqualTo(Klassen.VIRIDIS.get(0));
        assertThat(klassen.van("GM0001").vulling()).isEqualTo(Klassen.VIRIDIS.get(6));
    }

    @Test
    void meerWaardenDanKleurenDelenOpvolgendeWaardenEenKlasse() {
        Dimensie aantal = Dimensie.metCode("bedrijfstypen.CLUB.maximumAantal").orElseThrow();
        Map<String, Regelwaarde> waarden = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            waarden.put(String.format("GM%04d", i), new Regelwaarde(Stand.GEZET, i));
        }
        Klassen klassen = Klassen.indelen(aantal, waarden);
        assertThat(klassen.legenda()).hasSize(Klassen.VIRIDIS.size() + 2);
        assertThat(klassen.legenda().get(0).label()).isEqualTo("geen (nulquotum) tot en met maximaal 1");
        assertThat(klassen.van("GM0019").id()).isEqualTo("gezet:17-19");
    }

    static double[] simuleer(String hex, double[][] m) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double[] uit = new double[3];
        for (int r = 0; r < 3; r++) {
            uit[r] = Math.max(0, Math.min(1, m[r][0] * rgb[0] + m[r][1] * rgb[1] + m[r][2] * rgb[2]));
        }
        return uit;
    }

    static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double afstand(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
