package nl.sekswerkregister.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database logins of the tests (README "Database roles"), each overridable by the environment
 * variable the service itself reads: the runtime role the service runs as, the owner Flyway migrates
 * as, and an administrator that may make databases and roles (deploy/ensure-postgres.sh made the
 * DEV-ONLY ones). Tests that play a database administrator going around the service use the owner
 * or the administrator explicitly, never by accident.
 */
public final class Databaserollen {

    private Databaserollen() {
    }

    public static String dienst() {
        return omgeving("QUARKUS_DATASOURCE_USERNAME", "sekswerkregister_dienst");
    }

    public static String dienstWachtwoord() {
        return omgeving("QUARKUS_DATASOURCE_PASSWORD", "dev-only-dienst");
    }

    public static String eigenaar() {
        return omgeving("QUARKUS_FLYWAY_USERNAME", "sekswerkregister_eigenaar");
    }

    public static String eigenaarWachtwoord() {
        return omgeving("QUARKUS_FLYWAY_PASSWORD", "dev-only-eigenaar");
    }

    public static String beheerder() {
        return omgeving("POSTGRES_ADMIN_USERNAME", "postgres");
    }

    public static String beheerderWachtwoord() {
        return omgeving("POSTGRES_ADMIN_PASSWORD", "postgres");
    }

    public static Connection alsEigenaar(String url) throws SQLException {
        return DriverManager.getConnection(url, eigenaar(), eigenaarWachtwoord());
    }

    /** A superuser: what a database administrator who goes around every safeguard can do. */
    public static Connection alsBeheerder(String url) throws SQLException {
        return DriverManager.getConnection(url, beheerder(), beheerderWachtwoord());
    }

    public static Connection alsDienst(String url) throws SQLException {
        return DriverManager.getConnection(url, dienst(), dienstWachtwoord());
    }

    /** The server the tests use (QUARKUS_DATASOURCE_JDBC_URL, else the local default). */
    public static String testUrl() {
        return System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://localhost:5432/sekswerkregister_test");
    }

    /** The URL of another database on the same server as {@link #testUrl()}, with the same parameters. */
    public static String urlVoor(String database) {
        String testUrl = testUrl();
        String basis = testUrl.replaceFirst("(jdbc:postgresql://[^/?]+)/?[^?]*(\\?.*)?$", "$1");
        String parameters = testUrl.contains("?") ? testUrl.substring(testUrl.indexOf('?')) : "";
        return basis + "/" + database + parameters;
    }

    /** Makes a fresh, empty database owned by the owner role, which the runtime role may connect to. */
    public static void maakLeeg(String beheerUrl, String database, String url) throws SQLException {
        try (Connection c = alsBeheerder(beheerUrl); Statement s = c.createStatement()) {
            if (!s.executeQuery("select 1 from pg_database where datname = '" + database + "'").next()) {
                s.execute("create database " + database);
            }
            s.execute("alter database " + database + " owner to " + eigenaar());
            s.execute("grant connect on database " + database + " to " + dienst());
        }
        try (Connection c = alsBeheerder(url); Statement s = c.createStatement()) {
            s.execute("set client_min_messages = warning");
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public authorization " + eigenaar());
        }
    }

    private static String omgeving(String naam, String standaard) {
        String waarde = System.getenv(naam);
        return waarde == null || waarde.isBlank() ? standaard : waarde;
    }
}
