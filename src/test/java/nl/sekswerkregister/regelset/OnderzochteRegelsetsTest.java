package nl.sekswerkregister.regelset;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Vertrouwen;
import nl.sekswerkregister.regelset.domain.Vindplaats;
import nl.sekswerkregister.regelset.service.OnderzochteRegelsets;
import nl.sekswerkregister.regelset.service.OnderzochteRegelsets.Onderzocht;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The researched municipal rule sets every profile publishes at start: the file reads with the
 * service's own strict JSON settings, every entry passes the checks the loader applies (those of the
 * API), and the data keep the promises of the file's note. Without this a broken file would only
 * show when a packaged service refuses to start.
 */
@QuarkusTest
class OnderzochteRegelsetsTest {

    /** The four cities whose every encoded rule must say where its text is. */
    static final Set<String> GROTE_STEDEN = Set.of("GM0363", "GM0599", "GM0344", "GM0014");

    /**
     * Every "decided not to regulate" in the file, each stated by a source and explained in the
     * entry's weggelaten. A new one is a claim about a council's decision: add it here on purpose.
     */
    static final Map<String, List<String>> NIET_GEREGELD = Map.of(
            "GM0363", List.of("bedrijfstypen.CLUB.openingstijden", "bedrijfstypen.ESCORT.openingstijden"),
            "GM0402", List.of("bedrijfstypen.THUISWERK.minimumleeftijd"),
            "GM0150", List.of("bedrijfstypen.RAAMPROSTITUTIE.maximumAantal"));

    @Inject
    OnderzochteRegelsets onderzocht;

    List<Onderzocht> regelsets;

    @BeforeEach
    void lees() {
        regelsets = onderzocht.lees().regelsets();
    }

    @Test
    void elkeOnderzochteRegelsetIsGeldig() {
        assertThat(onderzocht.lees().toelichting()).contains("vng-model-apv-2015").contains("PUBLIEKE_BRONNEN");
        assertThat(regelsets).hasSizeGreaterThanOrEqualTo(25);
        Set<String> codes = new HashSet<>();
        for (Onderzocht regelset : regelsets) {
            assertThat(codes.add(regelset.gemeenteCode())).as("één regelset per gemeente: " + regelset.gemeenteCode()).isTrue();
            assertThat(regelset.naam()).isNotBlank();
            assertThat(regelset.weggelaten()).as(regelset.gemeenteCode()).isNotBlank();
            assertThat(regelset.bronnen()).as(regelset.gemeenteCode()).isNotEmpty();
            assertThat(onderzocht.controleer(regelset)).as(regelset.gemeenteCode()).isEmpty();
            assertThat(regelset.regels()).as(regelset.gemeenteCode() + " zegt iets").isNotEqualTo(Regels.LEEG);
        }
    }

    @Test
    void deGroteStedenNoemenVoorElkeRegelWaarZeStaat() {
        List<String> zonder = new ArrayList<>();
        for (Onderzocht regelset : regelsets) {
            if (!GROTE_STEDEN.contains(regelset.gemeenteCode())) {
                continue;
            }
            for (String pad : Regelpaden.alle()) {
                if (regelset.regels().waarde(pad).isBekend() && regelset.regels().vindplaats(pad) == null) {
                    zonder.add(regelset.gemeenteCode() + " " + pad);
                }
            }
        }
        assertThat(zonder).as("gecodeerde regels zonder vindplaats").isEmpty();
        assertThat(regelsets.stream().map(Onderzocht::gemeenteCode)).containsAll(GROTE_STEDEN);
    }

    /** Absence is unknown: only a council's stated decision is "niet geregeld", and each is accounted for. */
    @Test
    void nietGeregeldAlleenWaarEenBronHetZegt() {
        Map<String, List<String>> gevonden = new TreeMap<>();
        for (Onderzocht regelset : regelsets) {
            List<String> paden = regelset.regels().nietGeregeld();
            if (paden != null && !paden.isEmpty()) {
                gevonden.put(regelset.gemeenteCode(), paden);
                for (String pad : paden) {
                    assertThat(regelset.weggelaten()).as(regelset.gemeenteCode() + " legt " + pad + " uit").contains(pad);
                }
            }
        }
        assertThat(gevonden).isEqualTo(new TreeMap<>(NIET_GEREGELD));
    }

    /** A vindplaats names an article or a CVDR id only as the sources do; the CVDR id is then one of the entry's sources. */
    @Test
    void eenCvdrVindplaatsStaatBijDeBronnen() {
        for (Onderzocht regelset : regelsets) {
            if (regelset.regels().vindplaatsen() == null) {
                continue;
            }
            for (Map.Entry<String, Vindplaats> v : regelset.regels().vindplaatsen().entrySet()) {
                Vindplaats vindplaats = v.getValue();
                if (vindplaats.cvdr() != null) {
                    assertThat(regelset.bronnen()).as(regelset.gemeenteCode() + " " + v.getKey())
                            .anyMatch(b -> b.contains(vindplaats.cvdr()));
                }
                if (vindplaats.url() != null) {
                    assertThat(regelset.bronnen()).as(regelset.gemeenteCode() + " " + v.getKey() + " url uit de bronnen")
                            .anyMatch(b -> b.startsWith(vindplaats.url()));
                }
            }
        }
    }

    /** Low-confidence research says little: those entries stay small (only rulings and municipal documents). */
    @Test
    void weinigVertrouwenIsWeinigRegels() {
        for (Onderzocht regelset : regelsets) {
            if (regelset.vertrouwen() == Vertrouwen.LAAG) {
                long bekend = Regelpaden.alle().stream().filter(p -> regelset.regels().waarde(p).isBekend()).count();
                assertThat(bekend).as(regelset.gemeenteCode()).isLessThanOrEqualTo(6);
                assertThat(regelset.weggelaten()).as(regelset.gemeenteCode()).contains("low confidence");
            }
        }
    }
}
