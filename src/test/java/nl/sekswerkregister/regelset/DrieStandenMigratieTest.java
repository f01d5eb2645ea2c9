package nl.sekswerkregister.regelset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import nl.sekswerkregister.support.Databaserollen;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Rule sets published before the three states keep their meaning (migration V14): where an absence
 * used to mean "no cap" or "an indefinite licence", the rule is now explicitly not regulated, and
 * nothing else in the published text changes. Runs on a database of its own, migrated to V13 first
 * and filled as municipalities did then.
 */
class DrieStandenMigratieTest {

    private static final String DATABASE = "sekswerkregister_migratie_v14";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bestaandeRegelsetsHoudenHunBetekenis() throws Exception {
        String url = Databaserollen.urlVoor(DATABASE);
        Databaserollen.maakLeeg(Databaserollen.testUrl(), DATABASE, url);
        migreer(url, "13");
        String zonderTermijnEnMaximum = "{\"minimumleeftijd\":21,\"bedrijfstypen\":{\"CLUB\":{\"toegestaan\":true},"
                + "\"RAAMPROSTITUTIE\":{\"toegestaan\":false},\"ESCORT\":{\"maximumAantal\":3}}}";
        String metTermijn = "{\"vergunningtermijnJaren\":5,\"registratieplicht\":false}";
        try (Connection c = Databaserollen.alsEigenaar(url)) {
            voegToe(c, "GM0363", zonderTermijnEnMaximum);
            voegToe(c, "GM0599", metTermijn);
        }

        migreer(url, null);

        try (Connection c = Databaserollen.alsEigenaar(url)) {
            JsonNode amsterdam = JSON.readTree(regels(c, "GM0363"));
            assertThat(amsterdam.get("nietGeregeld")).extracting(JsonNode::asText)
                    .containsExactly("vergunningtermijnJaren", "bedrijfstypen.CLUB.maximumAantal");
            assertThat(amsterdam.get("minimumleeftijd").asInt()).isEqualTo(21);
            assertThat(amsterdam.at("/bedrijfstypen/ESCORT/maximumAantal").asInt()).isEqualTo(3);
            assertThat(amsterdam.at("/bedrijfstypen/RAAMPROSTITUTIE/toegestaan").asBoolean()).isFalse();
            assertThat(regels(c, "GM0599")).as("niets te verduidelijken, dus onveranderd").isEqualTo(metTermijn);
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select herkomst, status from regelset where gemeente_code = 'GM0363'")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("GEMEENTE");
                assertThat(r.getString(2)).isEqualTo("GEPUBLICEERD");
            }
            // Still immutable after the rewrite: the trigger is back in place.
            try (Statement s = c.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                                "update regelset set regels = '{}' where gemeente_code = 'GM0363'"))
                        .hasMessageContaining("onveranderlijk");
            }
        }
    }

    private static void migreer(String url, String tot) {
        var configuratie = Flyway.configure().dataSource(url, Databaserollen.eigenaar(), Databaserollen.eigenaarWachtwoord())
                .placeholders(Map.of("dienstrol", Databaserollen.dienst())).locations("classpath:db/migration");
        if (tot != null) {
            configuratie.target(tot);
        }
        configuratie.load().migrate();
    }

    private static void voegToe(Connection c, String gemeente, String regels) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into regelset (id, gemeente_code, versie, status, "
                + "geldig_vanaf, bron, regels, aangemaakt_op, gepubliceerd_op, rijversie) values (gen_random_uuid(), ?, 1, "
                + "'GEPUBLICEERD', date '2020-01-01', 'APV', ?, now(), now(), 0)")) {
            s.setString(1, gemeente);
            s.setString(2, regels);
            s.execute();
        }
    }

    private static String regels(Connection c, String gemeente) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select regels from regelset where gemeente_code = ?")) {
            s.setString(1, gemeente);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
