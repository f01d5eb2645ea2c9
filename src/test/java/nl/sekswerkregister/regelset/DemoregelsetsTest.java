package nl.sekswerkregister.regelset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Vertrouwen;
import nl.sekswerkregister.regelset.service.OnderzochteRegelsets;
import nl.sekswerkregister.regelset.service.OnderzochteRegelsets.Onderzocht;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dev-only demo rule sets (db/demo/R__demoregelsets.sql) are written as SQL, past the API's
 * checks: a rule the strict reader refuses would only show as a dev map that fails to load. So
 * each row passes here the same checks a version sent to the API passes, says in its bron that it
 * is made up, and stays off the municipalities with a researched rule set (whose research the
 * loader would never publish once a municipality has a version of its own).
 */
@QuarkusTest
class DemoregelsetsTest {

    static final String BESTAND = "/db/demo/R__demoregelsets.sql";
    static final String DEMOBRON = "Demogegevens (alleen in ontwikkelmodus) — geen echte regels van de gemeente ";

    /** One row: id, municipality, version, dates, bron (SQL-quoted) and the rules between $j$ quotes. */
    private static final Pattern RIJ = Pattern.compile("\\('([0-9a-f-]{36})', '(GM[0-9]{4})', ([0-9]+), 'GEPUBLICEERD', "
            + "DATE '([0-9-]{10})', (?:NULL|DATE '([0-9-]{10})'),\\s*'((?:[^']|'')*)',\\s*\\$j\\$ (.*?)\\$j\\$", Pattern.DOTALL);

    record Demo(String id, String gemeenteCode, int versie, LocalDate geldigVanaf, LocalDate geldigTot, String bron,
                Regels regels) {
    }

    @Inject
    OnderzochteRegelsets onderzocht;
    @Inject
    ObjectMapper mapper;

    String sql;
    List<Demo> demo;

    @BeforeEach
    void lees() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(BESTAND)) {
            assertThat(in).as(BESTAND).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        demo = new ArrayList<>();
        Matcher m = RIJ.matcher(sql);
        while (m.find()) {
            demo.add(new Demo(m.group(1), m.group(2), Integer.parseInt(m.group(3)), LocalDate.parse(m.group(4)),
                    m.group(5) == null ? null : LocalDate.parse(m.group(5)), m.group(6).replace("''", "'"),
                    mapper.readValue(m.group(7), Regels.class)));
        }
    }

    @Test
    void elkeDemoregelsetDoorstaatDeControlesVanDeApi() {
        // Every row was read: a row the pattern misses would go unchecked.
        assertThat(demo).hasSize(sql.split("\\('7d3e9b1c-", -1).length - 1).hasSizeGreaterThanOrEqualTo(20);
        for (Demo d : demo) {
            // The loader's checks are the API's (form, Bean Validation, the service's own); the
            // research-only fields get placeholder values.
            Onderzocht alsVersie = new Onderzocht(d.gemeenteCode(), d.gemeenteCode(), d.geldigVanaf(), d.bron(),
                    List.of("demo"), Vertrouwen.LAAG, d.regels(), "demo");
            assertThat(onderzocht.controleer(alsVersie)).as(d.gemeenteCode() + " versie " + d.versie()).isEmpty();
            assertThat(d.bron()).as(d.gemeenteCode()).startsWith(DEMOBRON);
        }
        assertThat(demo.stream().map(Demo::id).distinct()).hasSameSizeAs(demo);
    }

    @Test
    void demoregelsetsLatenOnderzochteGemeentenMetRust() {
        Set<String> onderzochteCodes = onderzocht.lees().regelsets().stream().map(Onderzocht::gemeenteCode)
                .collect(Collectors.toSet());
        assertThat(demo).extracting(Demo::gemeenteCode).doesNotContainAnyElementsOf(onderzochteCodes);
    }

    @Test
    void versiesVanEenGemeenteSluitenOpElkaarAanEnEenLeeftijdVerandertInHetAfgelopenJaar() {
        Map<String, List<Demo>> perGemeente = demo.stream()
                .collect(Collectors.groupingBy(Demo::gemeenteCode, TreeMap::new, Collectors.toList()));
        List<String> veranderd = new ArrayList<>();
        perGemeente.forEach((code, versies) -> {
            for (int i = 0; i < versies.size(); i++) {
                Demo v = versies.get(i);
                assertThat(v.versie()).as(code).isEqualTo(i + 1);
                if (i + 1 < versies.size()) {
                    // Published versions of one municipality may not overlap (regelset_geen_overlap).
                    assertThat(v.geldigTot()).as(code).isEqualTo(versies.get(i + 1).geldigVanaf().minusDays(1));
                    if (!v.regels().waarde("minimumleeftijd").equals(versies.get(i + 1).regels().waarde("minimumleeftijd"))) {
                        veranderd.add(code + " " + versies.get(i + 1).geldigVanaf());
                    }
                } else {
                    assertThat(v.geldigTot()).as(code + ": de nieuwste versie is open").isNull();
                }
            }
        });
        // The map's date control has something to show: the demo's own fixed date, not today's.
        assertThat(veranderd).containsExactly("GM0796 2026-07-01");
    }

    /**
     * What a newcomer notices first: deploy/dev.sh starts. Every file of db/demo runs on the current
     * schema as Flyway runs it in dev mode (as the owner), in a transaction that is rolled back, so
     * a migration that adds a constraint the demo rows break fails here and not in a dev start.
     */
    @Test
    void deDemodataLadenOpHetHuidigeSchema() throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String bestand : List.of("/db/demo/R__demodata.sql", BESTAND)) {
                    try (InputStream in = getClass().getResourceAsStream(bestand)) {
                        s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                try (ResultSet r = s.executeQuery("select count(*) from regelset where bron like 'Demogegevens%'")) {
                    r.next();
                    // Rows of municipalities that tests have given versions of their own are skipped by design.
                    assertThat(r.getLong(1)).isPositive();
                }
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void demodataAlleenInOntwikkelmodus() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.flyway.locations", String.class)).doesNotContain("demo");
    }
}
