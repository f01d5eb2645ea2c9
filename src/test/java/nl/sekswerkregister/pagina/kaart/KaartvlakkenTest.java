package nl.sekswerkregister.pagina.kaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The projected municipalities: all of them, inside the view box, as compact valid path data. */
class KaartvlakkenTest {

    static final Kaartvlakken VLAKKEN = new Kaartvlakken();
    /** Rings "M…z m…z": moves, relative lines, closes; nothing else. */
    static final Pattern PAD = Pattern.compile("M[-0-9., l]+z(?:m[-0-9., l]+z)*");
    /** Rounded to 0.1 px: never two decimals. */
    static final Pattern TWEE_DECIMALEN = Pattern.compile("\\.[0-9]{2}");

    @Test
    void alle342GemeentenAlsPad() {
        assertThat(VLAKKEN.alle()).hasSize(342).containsKeys("GM0363", "GM0014", "GM1900");
        assertThat(VLAKKEN.alle().get("GM0363").naam()).isEqualTo("Amsterdam");
        assertThat(VLAKKEN.alle().values()).allSatisfy(v -> {
            assertThat(v.pad()).matches(PAD);
            assertThat(TWEE_DECIMALEN.matcher(v.pad()).find()).isFalse();
        });
    }

    @Test
    void deKaartIs1000BreedEnDeLabelpuntenLiggenErbinnen() {
        String[] box = VLAKKEN.viewBox().split(" ");
        assertThat(box[2]).isEqualTo("1000");
        int hoogte = Integer.parseInt(box[3]);
        // Equirectangular at 52.1°: the Netherlands is taller than wide (about 1.2 : 1).
        assertThat(hoogte).isBetween(1100, 1300);
        assertThat(VLAKKEN.alle().values()).allSatisfy(v -> {
            assertThat(v.labelX()).isBetween(0.0, 1000.0);
            assertThat(v.labelY()).isBetween(0.0, (double) hoogte);
        });
        // North is up and west is left: Groningen lies north-east of Maastricht.
        assertThat(VLAKKEN.alle().get("GM0014").labelY()).isLessThan(VLAKKEN.alle().get("GM0935").labelY());
        assertThat(VLAKKEN.alle().get("GM0014").labelX()).isGreaterThan(VLAKKEN.alle().get("GM0935").labelX());
    }

    @Test
    void dePadenSamenBlijvenKlein() {
        int samen = VLAKKEN.alle().values().stream().mapToInt(v -> v.pad().length()).sum();
        System.out.printf("paden: %d tekens voor 342 gemeenten%n", samen);
        assertThat(samen).isLessThan(150_000);
    }
}
