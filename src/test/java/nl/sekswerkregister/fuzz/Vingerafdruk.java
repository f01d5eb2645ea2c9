package nl.sekswerkregister.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the service has written, in one string: per table its row count and the sum of its rows'
 * transaction ids (xmin), so that an insert, update or delete changes it. Every table of the
 * service's schema counts (a new one too), except Flyway's history and the processing log
 * (dataverwerking, with its mapping of persons, logboek_betrokkene, and the sealer's signed
 * checkpoints, logboek_checkpoint), which records failed attempts by design, and of the access requests only those
 * that were filed: a refused one (GEWEIGERD) is kept by design too, for the auditors and the daily limit.
 * Nor the deliveries of events (aflevering): the webhook workers write their claims and outcomes in the
 * background, whatever request is being answered (the events themselves do count).
 */
final class Vingerafdruk implements AutoCloseable {

    private final Connection verbinding;
    private final String sql;

    Vingerafdruk(String url, String gebruiker, String wachtwoord) throws SQLException {
        verbinding = DriverManager.getConnection(url, gebruiker, wachtwoord);
        List<String> tabellen = new ArrayList<>();
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery(
                "select tablename from pg_tables where schemaname = current_schema() "
                        + "and tablename not in ('flyway_schema_history', 'dataverwerking', 'logboek_betrokkene', "
                        + "'logboek_checkpoint', 'aflevering') order by tablename")) {
            while (r.next()) {
                tabellen.add(r.getString(1));
            }
        }
        if (tabellen.size() < 5) {
            throw new IllegalStateException("te weinig tabellen om op te letten: " + tabellen);
        }
        sql = tabellen.stream()
                .map(t -> "'" + t + "=' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from " + t
                        + (t.equals("inzageverzoek") ? " where status <> 'GEWEIGERD'" : "") + ")")
                .collect(Collectors.joining(" || ' ' || ", "select ", ""));
    }

    String neem() throws SQLException {
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** The tables whose part differs between two fingerprints. */
    static String verschil(String voor, String na) {
        List<String> a = List.of(voor.split(" "));
        List<String> b = List.of(na.split(" "));
        List<String> anders = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                anders.add(a.get(i) + " -> " + b.get(i).substring(b.get(i).indexOf('=') + 1));
            }
        }
        return String.join(", ", anders);
    }

    @Override
    public void close() throws SQLException {
        verbinding.close();
    }
}
