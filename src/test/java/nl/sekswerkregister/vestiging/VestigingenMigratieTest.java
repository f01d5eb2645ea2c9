package nl.sekswerkregister.vestiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.support.Databaserollen;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Licences filed before premises existed keep their address and get premises (migration V15): one
 * per door, whatever case the letter was typed in; an escort licence without an address gets none.
 * Runs on a database of its own, migrated to V14 first and filled as licences were filed then.
 */
class VestigingenMigratieTest {

    private static final String DATABASE = "sekswerkregister_migratie_v15";

    @Test
    void elkeBestaandeVergunningHoudtHaarAdresEnKrijgtEenVestiging() throws Exception {
        String url = Databaserollen.urlVoor(DATABASE);
        Databaserollen.maakLeeg(Databaserollen.testUrl(), DATABASE, url);
        migreer(url, "14");
        try (Connection c = Databaserollen.alsEigenaar(url); Statement s = c.createStatement()) {
            s.execute("insert into exploitant (id, kvk_nummer, statutaire_naam, ca_straatnaam, ca_huisnummer, ca_postcode,"
                    + " ca_woonplaats, geregistreerd_op, versie) values ('00000000-0000-4000-8000-000000000001', '12345678',"
                    + " 'Oud B.V.', 'Damrak', 1, '1012LG', 'Amsterdam', now(), 0)");
            voegToe(c, "GM0363-2024-000001", "GM0363", "CLUB", "Warmoesstraat", 10, "a", null, "1012JD");
            voegToe(c, "GM0363-2024-000002", "GM0363", "MASSAGESALON", "Warmoestraat", 10, "A", null, "1012JD");
            voegToe(c, "GM0363-2024-000003", "GM0363", "CLUB", "Warmoesstraat", 10, null, null, "1012JD");
            voegToe(c, "GM0363-2024-000004", "GM0363", "THUISWERK", "Damstraat", 3, null, "2h", "1012AB");
            voegToe(c, "GM0599-2024-000001", "GM0599", "CLUB", "Warmoesstraat", 10, "A", null, "1012JD");
            voegToe(c, "GM0599-2024-000002", "GM0599", "ESCORT", null, null, null, null, null);
        }

        migreer(url, null);

        try (Connection c = Databaserollen.alsEigenaar(url)) {
            List<String> rijen = rijen(c, """
                    select v.vergunningnummer, v.va_straatnaam, v.va_huisnummer, v.va_postcode,
                           coalesce(s.gemeente_code || ' ' || s.postcode || ' ' || s.huisnummer
                               || coalesce(s.huisletter, '') || coalesce('-' || s.toevoeging, ''), 'geen'),
                           s.aangemaakt_door
                    from vergunning v left join vestiging s on s.id = v.vestiging_id order by v.vergunningnummer""");
            assertThat(rijen).containsExactly(
                    "GM0363-2024-000001|Warmoesstraat|10|1012JD|GM0363 1012JD 10A|migratie V15",
                    "GM0363-2024-000002|Warmoestraat|10|1012JD|GM0363 1012JD 10A|migratie V15",
                    "GM0363-2024-000003|Warmoesstraat|10|1012JD|GM0363 1012JD 10|migratie V15",
                    "GM0363-2024-000004|Damstraat|3|1012AB|GM0363 1012AB 3-2H|migratie V15",
                    "GM0599-2024-000001|Warmoesstraat|10|1012JD|GM0599 1012JD 10A|migratie V15",
                    "GM0599-2024-000002|null|null|null|geen|null");
            assertThat(rijen(c, "select count(*) from vestiging")).containsExactly("4");
            assertThat(rijen(c, "select count(distinct vestiging_id) from vergunning where vergunningnummer in "
                    + "('GM0363-2024-000001', 'GM0363-2024-000002')")).containsExactly("1");
            // From now on a licence with an address cannot lose its premises.
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("update vergunning set vestiging_id = null "
                        + "where vergunningnummer = 'GM0363-2024-000001'")).hasMessageContaining("vergunning_vestiging_ck");
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

    private static void voegToe(Connection c, String nummer, String gemeente, String type, String straat, Integer huisnummer,
                                String letter, String toevoeging, String postcode) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into vergunning (id, vergunningnummer, gemeente_code, "
                + "exploitant_id, bedrijfstype, va_straatnaam, va_huisnummer, va_huisletter, va_toevoeging, va_postcode, "
                + "va_woonplaats, beheerder_pseudoniemen, beheerder_sleutelversie, voorschriften, status, aangevraagd_op, "
                + "versie) values (gen_random_uuid(), ?, ?, '00000000-0000-4000-8000-000000000001', ?, ?, ?, ?, ?, ?, ?, "
                + "'{}', 1, '{}', 'AANGEVRAAGD', now(), 0)")) {
            s.setString(1, nummer);
            s.setString(2, gemeente);
            s.setString(3, type);
            s.setString(4, straat);
            s.setObject(5, huisnummer);
            s.setString(6, letter);
            s.setString(7, toevoeging);
            s.setString(8, postcode);
            s.setString(9, straat == null ? null : "Amsterdam");
            s.execute();
        }
    }

    private static List<String> rijen(Connection c, String sql) throws Exception {
        List<String> uit = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int kolommen = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> rij = new ArrayList<>();
                for (int i = 1; i <= kolommen; i++) {
                    rij.add(String.valueOf(r.getString(i)));
                }
                uit.add(String.join("|", rij));
            }
        }
        return uit;
    }
}
