package nl.sekswerkregister.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.sekswerkregister.dataverwerking.domain.Dataverwerking;
import nl.sekswerkregister.dataverwerking.domain.Ketting;

/**
 * A database superuser going around every safeguard of the processing log: disables the triggers
 * for its session, rewrites, cuts and empties the log, removes checkpoints. Everything is put back
 * as it was when it closes, so that the tests after it find the log they left. Open it only when
 * the log is fully sealed and nothing else writes to it (tests run one at a time).
 */
public final class Logboekmanipulatie implements AutoCloseable {

    private final Connection c;

    public Logboekmanipulatie(String url) throws SQLException {
        c = Databaserollen.alsBeheerder(url);
        try (Statement s = c.createStatement()) {
            s.execute("create temp table kopie_dataverwerking as select * from dataverwerking");
            s.execute("create temp table kopie_checkpoint as select * from logboek_checkpoint");
            s.execute("set session_replication_role = replica");
        }
    }

    public long laatsteVolgnummer() throws SQLException {
        return getal("select coalesce(max(volgnummer), 0) from dataverwerking");
    }

    /**
     * Changes the purpose of record {@code k} and recomputes the hash of every record from {@code k}
     * on, as the sealer would have: the chain is consistent again, only a checkpoint can tell.
     */
    public void herschrijfVanaf(long k) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update dataverwerking set doelbinding = ? where volgnummer = ?")) {
            u.setString(1, "iets onschuldigs");
            u.setLong(2, k);
            u.executeUpdate();
        }
        String vorige = k == 1 ? Ketting.BEGIN : tekst("select hash from dataverwerking where volgnummer = " + (k - 1));
        try (PreparedStatement q = c.prepareStatement("select * from dataverwerking where volgnummer >= ? order by volgnummer");
             PreparedStatement u = c.prepareStatement("update dataverwerking set vorige_hash = ?, hash = ? where id = ?")) {
            q.setLong(1, k);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Dataverwerking d = record(r);
                    d.verzegel(r.getLong("volgnummer"), vorige, null);
                    String hash = Ketting.hash(r.getLong("volgnummer"), vorige, d);
                    u.setString(1, vorige);
                    u.setString(2, hash);
                    u.setLong(3, r.getLong("id"));
                    u.executeUpdate();
                    vorige = hash;
                }
            }
        }
    }

    /** Deletes the newest {@code n} sealed records. */
    public void verwijderLaatste(long n) throws SQLException {
        voerUit("delete from dataverwerking where volgnummer > (select max(volgnummer) from dataverwerking) - " + n);
    }

    public void leeg() throws SQLException {
        voerUit("truncate dataverwerking");
    }

    /** What an owner covering their tracks would do next: remove the checkpoints that no longer match. */
    public void verwijderCheckpointsVanaf(long k) throws SQLException {
        voerUit("delete from logboek_checkpoint where volgnummer >= " + k);
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("truncate dataverwerking, logboek_checkpoint");
            s.execute("insert into dataverwerking overriding system value select * from kopie_dataverwerking");
            s.execute("insert into logboek_checkpoint select * from kopie_checkpoint");
            s.execute("set session_replication_role = origin");
        } finally {
            c.close();
        }
    }

    private static Dataverwerking record(ResultSet r) throws SQLException {
        Dataverwerking d = new Dataverwerking(r.getString("trace_id"), r.getString("span_id"), r.getString("operatie"),
                r.getString("verwerkingsactiviteit"), r.getString("doelbinding"), r.getString("actor"), r.getString("rol"),
                r.getString("organisatie"), r.getString("betrokkene"), (UUID) r.getObject("registratie_id"),
                tijd(r, "start_tijd"), tijd(r, "eind_tijd"), r.getString("status"));
        Id.zet(d, r.getLong("id"));
        return d;
    }

    private static Instant tijd(ResultSet r, String kolom) throws SQLException {
        return r.getObject(kolom, OffsetDateTime.class).toInstant();
    }

    private void voerUit(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long getal(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String tekst(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** The entity's id is the database's to give; a rewrite needs it set to hash the record as sealed. */
    private static final class Id {
        static void zet(Dataverwerking d, long id) {
            try {
                var veld = Dataverwerking.class.getDeclaredField("id");
                veld.setAccessible(true);
                veld.set(d, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
