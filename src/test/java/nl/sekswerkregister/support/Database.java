package nl.sekswerkregister.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct SQL for tests, as the service's own restricted runtime role: to count what was written, or to
 * move a licence's dates as time would.
 */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;
    private final String url;

    public Database(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.dataSource = dataSource;
        this.url = url;
    }

    public long aantal(String tabel) {
        return getal("select count(*) from " + tabel);
    }

    public long getal(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    public String tekst(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int voerUit(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A statement as the owner of the tables, for what the service itself may not do and a test must
     * (move a revocation marker's dates as time would): the runtime role may change only what it needs.
     */
    public int voerUitAlsEigenaar(String sql, Object... parameters) {
        try (Connection c = Databaserollen.alsEigenaar(url); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes rule-set versions, published ones too, so that what a test published meets no other
     * class. Published versions are immutable by trigger: as the owner, with that trigger off inside
     * this one transaction only (PostgreSQL's DDL is transactional, so a failure leaves it on).
     */
    public int verwijderRegelsetsAlsEigenaar(java.util.Collection<java.util.UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection c = Databaserollen.alsEigenaar(url)) {
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement();
                 PreparedStatement verwijder = c.prepareStatement("delete from regelset where id = any(?)")) {
                s.execute("alter table regelset disable trigger regelset_gepubliceerd_onveranderlijk");
                verwijder.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                int aantal = verwijder.executeUpdate();
                s.execute("alter table regelset enable trigger regelset_gepubliceerd_onveranderlijk");
                c.commit();
                return aantal;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a query, each column as text. */
    public List<String[]> rijen(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            List<String[]> rijen = new ArrayList<>();
            int kolommen = r.getMetaData().getColumnCount();
            while (r.next()) {
                String[] rij = new String[kolommen];
                for (int i = 0; i < kolommen; i++) {
                    rij[i] = r.getString(i + 1);
                }
                rijen.add(rij);
            }
            return rijen;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement that the database must refuse; returns its error message. */
    public String voerUitVerwachtFout(String sql, Object... parameters) {
        try {
            voerUit(sql, parameters);
        } catch (IllegalStateException e) {
            return e.getCause().getMessage();
        }
        throw new AssertionError("De database accepteerde: " + sql);
    }

    /** Row counts of every table that a write could touch; equal before and after = nothing written. */
    public String schrijfbareTabellen() {
        return aantal("exploitant") + "/" + aantal("vergunning") + "/" + aantal("besluit") + "/"
                + getal("select coalesce(sum(laatste), 0) from vergunningnummer_reeks") + "/" + aantal("vestiging") + "/"
                + aantal("signaal_mensenhandel");
    }
}
