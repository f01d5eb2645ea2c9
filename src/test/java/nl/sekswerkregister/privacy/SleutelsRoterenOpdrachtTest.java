package nl.sekswerkregister.privacy;

import static nl.sekswerkregister.Hoofdprogramma.SLEUTELS_ROTEREN;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import nl.sekswerkregister.privacy.PseudoniemConfig.Ring;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sekswerkregister.support.Personen;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's command {@code java -jar quarkus-run.jar sleutels-roteren}: it re-keys the stored
 * pseudonyms (here: registrations' national and municipal ones) to the active key versions, says how
 * many (never which) and exits; a second run finds
 * nothing to do; a row held by a running request is left for the next run, and the exit status says
 * so; it runs beside a service that holds the ports; an unknown command changes nothing and shows how
 * to call it. Key versions as in the test profile: 1 and 2, 2 active.
 */
@QuarkusMainTest
@TestProfile(SleutelsRoterenOpdrachtTest.DatabaseBlijft.class)
class SleutelsRoterenOpdrachtTest {

    static final String GEBRUIK = "Gebruik: java -jar quarkus-run.jar [sleutels-roteren]";

    /** Every launch is a start of its own; the test profile would empty the database at each one. */
    public static class DatabaseBlijft implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.clean-at-start", "false");
        }
    }

    record Geregistreerd(String bsn, String nummer, String gemeenteCode, String landelijkV1, String gemeenteV1) {
        Identificatie persoon() {
            return new Identificatie.Bsn(bsn);
        }
    }

    final Config config = ConfigProvider.getConfig();
    /** What this test wrote; removed afterwards, because this class keeps its database between launches. */
    final List<Geregistreerd> geschreven = new ArrayList<>();
    final Pseudonimisering pseudoniemen = new Pseudonimisering(new PseudoniemConfig() {
        public Ring landelijk() { return ring("landelijk"); }
        public Ring gemeente() { return ring("gemeente"); }
        public Ring beheerder() { return ring("beheerder"); }
        public Ring logboek() { return ring("logboek"); }
    });

    /** A key ring as the test profile configures it: versions 1 and 2. */
    Ring ring(String doel) {
        String prefix = "sekswerkregister.pseudoniemen." + doel + ".";
        int actief = config.getValue(prefix + "actieve-versie", Integer.class);
        Map<Integer, String> sleutels = Map.of(1, config.getValue(prefix + "sleutels.1", String.class),
                2, config.getValue(prefix + "sleutels.2", String.class));
        return new Ring() {
            public int actieveVersie() { return actief; }
            public Map<Integer, String> sleutels() { return sleutels; }
        };
    }

    @AfterEach
    void ruimOp() {
        for (Geregistreerd r : geschreven) {
            voerUit("delete from registratie where registratienummer = ?", r.nummer());
        }
    }

    @Test
    void brengtRegistratiesNaarDeActieveSleutelversie_eenTweedeKeerIsErNietsTeDoen(QuarkusMainLauncher launcher) {
        assertThat(pseudoniemen.landelijkeSleutels().actieveVersie()).isEqualTo(2);
        nietsOnderEenOudereVersie(launcher);
        List<Geregistreerd> voor = List.of(registreerOnderVersie1("GM0363"), registreerOnderVersie1("GM0599"));

        LaunchResult eerste = launcher.launch(SLEUTELS_ROTEREN);

        assertThat(eerste.exitCode()).as(eerste.getErrorOutput()).isZero();
        assertThat(eerste.getOutput())
                .contains("Sleutelrotatie: 4 pseudoniemen naar de actieve sleutelversies gebracht")
                .contains("; 0 nog onder een andere versie.");
        for (Geregistreerd r : voor) {
            assertThat(pseudoniemenVan(r.nummer())).containsExactly("2",
                    pseudoniemen.landelijk(r.persoon()), pseudoniemen.gemeente(r.persoon(), r.gemeenteCode()));
        }
        // Counts only: no identifier, number or pseudonym of anyone in what the operator sees.
        for (Geregistreerd r : voor) {
            assertThat(eerste.getOutput() + eerste.getErrorOutput()).doesNotContain(r.bsn(), r.nummer(),
                    r.landelijkV1(), r.gemeenteV1(), pseudoniemen.landelijk(r.persoon()),
                    pseudoniemen.gemeente(r.persoon(), r.gemeenteCode()));
        }

        LaunchResult tweede = launcher.launch(SLEUTELS_ROTEREN);

        assertThat(tweede.exitCode()).as(tweede.getErrorOutput()).isZero();
        assertThat(tweede.getOutput())
                .contains("Sleutelrotatie: 0 pseudoniemen naar de actieve sleutelversies gebracht")
                .contains("; 0 nog onder een andere versie.");
        for (Geregistreerd r : voor) {
            // Not hashed once more: still exactly the pseudonyms a lookup under version 2 computes.
            assertThat(pseudoniemenVan(r.nummer())).containsExactly("2",
                    pseudoniemen.landelijk(r.persoon()), pseudoniemen.gemeente(r.persoon(), r.gemeenteCode()));
        }
    }

    @Test
    void eenRegistratieDieEenLopendVerzoekVasthoudtBlijftStaan_deOpdrachtZegtDatHijOpnieuwMoet(QuarkusMainLauncher launcher)
            throws SQLException {
        nietsOnderEenOudereVersie(launcher);
        Geregistreerd vast = registreerOnderVersie1("GM0363");
        Geregistreerd vrij = registreerOnderVersie1("GM0599");

        LaunchResult resultaat;
        // A request that holds the row (as a decision being taken on it would) until after the run.
        try (Connection verzoek = verbinding()) {
            verzoek.setAutoCommit(false);
            try (PreparedStatement s = verzoek.prepareStatement(
                    "select id from registratie where registratienummer = ? for update")) {
                s.setString(1, vast.nummer());
                s.executeQuery().close();
            }
            resultaat = launcher.launch(SLEUTELS_ROTEREN);
            verzoek.rollback();
        }

        assertThat(resultaat.exitCode()).as(resultaat.getErrorOutput()).isEqualTo(3);
        assertThat(resultaat.getOutput())
                .contains("Sleutelrotatie: 2 pseudoniemen naar de actieve sleutelversies gebracht")
                .contains("; 2 nog onder een andere versie.")
                .contains("Nog niet klaar: voer 'sleutels-roteren' opnieuw uit.");
        assertThat(pseudoniemenVan(vast.nummer())).containsExactly("1", vast.landelijkV1(), vast.gemeenteV1());
        assertThat(pseudoniemenVan(vrij.nummer()).get(0)).isEqualTo("2");

        LaunchResult opnieuw = launcher.launch(SLEUTELS_ROTEREN);

        assertThat(opnieuw.exitCode()).as(opnieuw.getErrorOutput()).isZero();
        assertThat(opnieuw.getOutput())
                .contains("Sleutelrotatie: 2 pseudoniemen naar de actieve sleutelversies gebracht")
                .contains("; 0 nog onder een andere versie.");
        assertThat(pseudoniemenVan(vast.nummer())).containsExactly("2",
                pseudoniemen.landelijk(vast.persoon()), pseudoniemen.gemeente(vast.persoon(), "GM0363"));
    }

    @Test
    void draaitOpEenHostWaarDeDienstAlLuistert(QuarkusMainLauncher launcher) throws IOException {
        List<ServerSocket> bezet = new ArrayList<>();
        try {
            bezet(config.getValue("quarkus.http.test-port", Integer.class), bezet);
            bezet(config.getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001), bezet);

            LaunchResult resultaat = launcher.launch(SLEUTELS_ROTEREN);

            assertThat(resultaat.exitCode()).as(resultaat.getErrorOutput()).isZero();
            assertThat(resultaat.getOutput()).contains("Sleutelrotatie: ");
        } finally {
            for (ServerSocket socket : bezet) {
                socket.close();
            }
        }
    }

    @Test
    void eenOnbekendeOpdrachtNoemtHetGebruikEnRaaktNiets(QuarkusMainLauncher launcher) {
        nietsOnderEenOudereVersie(launcher);
        Geregistreerd r = registreerOnderVersie1("GM0363");

        for (String[] argumenten : List.of(new String[] {"sleutels-roteer"},
                new String[] {SLEUTELS_ROTEREN, "GM0363"})) {
            LaunchResult resultaat = launcher.launch(argumenten);

            assertThat(resultaat.exitCode()).as(String.join(" ", argumenten)).isEqualTo(2);
            assertThat(resultaat.getErrorOutput()).contains("Onbekende opdracht. " + GEBRUIK);
            assertThat(resultaat.getOutput()).doesNotContain("Sleutelrotatie");
        }
        assertThat(pseudoniemenVan(r.nummer())).containsExactly("1", r.landelijkV1(), r.gemeenteV1());

        nietsOnderEenOudereVersie(launcher);
    }

    /** Also migrates the schema on the first launch of a run, before the test writes to it. */
    private static void nietsOnderEenOudereVersie(QuarkusMainLauncher launcher) {
        LaunchResult resultaat = launcher.launch(SLEUTELS_ROTEREN);
        assertThat(resultaat.exitCode()).as(resultaat.getErrorOutput()).isZero();
    }

    /** A registration made before key version 2 was introduced, as SleutelRotatieTest makes one. */
    private Geregistreerd registreerOnderVersie1(String gemeenteCode) {
        String bsn = Personen.bsn();
        Identificatie persoon = new Identificatie.Bsn(bsn);
        Geregistreerd r = new Geregistreerd(bsn, Registratienummer.nieuw(), gemeenteCode,
                pseudoniemen.maak(pseudoniemen.landelijkeSleutels(), "landelijk", persoon, 1),
                pseudoniemen.maak(pseudoniemen.gemeentelijkeSleutels(), "gemeente|" + gemeenteCode, persoon, 1));
        // The seeded generator hands out the same persons in every run, and another test class may have
        // left one of them registered in this database. One person, one registration: start clean.
        voerUit("delete from registratie where landelijk_pseudoniem in (?, ?)", r.landelijkV1(),
                pseudoniemen.landelijk(persoon));
        voerUit("""
                        insert into registratie (id, registratienummer, gemeente_code, landelijk_pseudoniem,
                            gemeente_pseudoniem, landelijk_sleutelversie, gemeente_sleutelversie, leeftijdsband,
                            intakedatum, status, geldig_vanaf, geldig_tot, aangemaakt_op, versie)
                        values (?, ?, ?, ?, ?, 1, 1, '25-34', ?, 'ACTIEF', ?, ?, ?, 0)""",
                UUID.randomUUID(), r.nummer(), gemeenteCode, r.landelijkV1(), r.gemeenteV1(),
                LocalDate.now().minusDays(10), LocalDate.now().minusDays(5), LocalDate.now().plusMonths(6),
                Timestamp.from(Instant.now()));
        geschreven.add(r);
        return r;
    }

    /** Key version, national and municipal pseudonym of one registration. */
    private List<String> pseudoniemenVan(String nummer) {
        try (Connection c = verbinding(); PreparedStatement s = c.prepareStatement(
                "select landelijk_sleutelversie, landelijk_pseudoniem, gemeente_pseudoniem from registratie where registratienummer = ?")) {
            s.setString(1, nummer);
            try (ResultSet rij = s.executeQuery()) {
                assertThat(rij.next()).isTrue();
                return List.of(rij.getString(1), rij.getString(2), rij.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void voerUit(String sql, Object... parameters) {
        try (Connection c = verbinding(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plain JDBC: between launches no application runs whose data source a test could borrow. */
    private Connection verbinding() throws SQLException {
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** Holds a port as a running service would; a port that is already taken is just as busy. */
    private static void bezet(int poort, List<ServerSocket> bezet) throws IOException {
        try {
            bezet.add(new ServerSocket(poort));
        } catch (BindException alBezet) {
            // Someone else listens there already: the command must get by without it all the same.
        }
    }
}
