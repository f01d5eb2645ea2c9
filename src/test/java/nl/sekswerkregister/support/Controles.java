package nl.sekswerkregister.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Inspections (controles) and their findings for tests of what rests on them (sanctions), written
 * straight into the tables of V16 over JDBC as the service's runtime role.
 *
 * <p>Why not through {@code POST /controles}: tests of sanctions need inspections with findings of any
 * code on any past day, whatever the catalogue of that day allows, and the API rightly refuses a finding
 * that does not apply. The inspections API itself is tested in ControleTest, and the fuzzer and the
 * contract examples make their inspections through it. This is the one place tests write inspections
 * directly.
 *
 * @param controleId  the inspection
 * @param bevindingen its findings, in order
 */
public record Controles(UUID controleId, List<UUID> bevindingen) {

    /** The first finding (every inspection made here has at least one). */
    public UUID bevinding() {
        return bevindingen.get(0);
    }

    /** An on-site inspection in the in-process suite's database, with findings of these catalogue codes. */
    public static Controles maak(Database database, String gemeenteCode, UUID vestigingId, LocalDate datum,
                                 String... codes) {
        Eigendom.vereisEigenaar(gemeenteCode);
        UUID controle = UUID.randomUUID();
        database.voerUit("""
                        insert into controle (id, gemeente_code, vestiging_id, datum, soort, organisatie, opmerkingen,
                            vastgelegd_op, vastgelegd_door, vastgelegd_rol)
                        values (?, ?, ?, ?, 'TER_PLAATSE', 'Gemeente, team Toezicht (test)', null, ?, 'test-handhaver', 'handhaver')""",
                controle, gemeenteCode, vestigingId, datum, java.sql.Timestamp.from(Instant.now()));
        List<UUID> bevindingen = new ArrayList<>();
        String[] lijst = codes.length == 0 ? new String[] {"OPENINGSTIJDEN_OVERSCHREDEN"} : codes;
        for (int i = 0; i < lijst.length; i++) {
            UUID bevinding = UUID.randomUUID();
            database.voerUit("insert into bevinding (id, controle_id, volgnummer, code, toelichting) values (?, ?, ?, ?, null)",
                    bevinding, controle, i + 1, lijst[i]);
            bevindingen.add(bevinding);
        }
        return new Controles(controle, List.copyOf(bevindingen));
    }

    /**
     * The same, in the packaged service's database (the fuzzer's stock, {@link VerpakteDienst#databaseUrl()}),
     * as the runtime role the service itself uses.
     */
    public static Controles maak(String jdbcUrl, String gemeenteCode, UUID vestigingId, LocalDate datum) {
        UUID controle = UUID.randomUUID();
        UUID bevinding = UUID.randomUUID();
        try (Connection c = Databaserollen.alsDienst(jdbcUrl);
             PreparedStatement s = c.prepareStatement("""
                     insert into controle (id, gemeente_code, vestiging_id, datum, soort, organisatie, vastgelegd_op,
                         vastgelegd_door, vastgelegd_rol)
                     values (?, ?, ?, ?, 'TER_PLAATSE', 'Gemeente, team Toezicht (fuzzer)', now(), 'fuzzer', 'handhaver')""");
             PreparedStatement b = c.prepareStatement("insert into bevinding (id, controle_id, volgnummer, code) "
                     + "values (?, ?, 1, 'OPENINGSTIJDEN_OVERSCHREDEN')")) {
            s.setObject(1, controle);
            s.setString(2, gemeenteCode);
            s.setObject(3, vestigingId);
            s.setObject(4, datum);
            s.executeUpdate();
            b.setObject(1, bevinding);
            b.setObject(2, controle);
            b.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Controles(controle, List.of(bevinding));
    }
}
