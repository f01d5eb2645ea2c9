package nl.sekswerkregister.common.beveiliging;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Refuses to start the packaged service (prod profile) when its database login could undo the
 * safeguards it relies on: a superuser, the owner of the tables (or a member of the owner), or any
 * login that may delete or empty the processing log. Such a login can disable the append-only
 * trigger and rewrite the log; the runtime role of README "Database roles" cannot.
 */
@ApplicationScoped
public class DatabaserolBewaker {

    /** What the runtime role's privileges say, read from the database's own catalogue. */
    record Rolbeeld(String rol, boolean superuser, boolean eigenaar, boolean magLogboekLegen) {
    }

    private final DataSource dataSource;

    public DatabaserolBewaker(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void bijStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> bezwaren = bezwaren(lees());
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException(ProductieBewaker.WEIGERING + String.join(" ", bezwaren));
        }
    }

    Rolbeeld lees() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     select current_user,
                            (select rolsuper from pg_roles where rolname = current_user),
                            pg_has_role(current_user, c.relowner, 'USAGE'),
                            has_table_privilege(c.oid, 'DELETE') or has_table_privilege(c.oid, 'TRUNCATE')
                     from pg_class c where c.oid = 'dataverwerking'::regclass""")) {
            r.next();
            return new Rolbeeld(r.getString(1), r.getBoolean(2), r.getBoolean(3), r.getBoolean(4));
        } catch (SQLException e) {
            throw new IllegalStateException(ProductieBewaker.WEIGERING + "de databaserol is niet na te gaan: " + e.getMessage());
        }
    }

    /** Pure check, so that it can be tested without starting a production instance. */
    static List<String> bezwaren(Rolbeeld rol) {
        List<String> bezwaren = new ArrayList<>();
        if (rol.superuser()) {
            bezwaren.add("De dienst logt in als superuser '" + rol.rol() + "'.");
        } else if (rol.eigenaar()) {
            bezwaren.add("De dienst logt in als eigenaar van de tabellen ('" + rol.rol() + "'); geef Flyway de eigenaar "
                    + "(QUARKUS_FLYWAY_USERNAME) en de dienst een eigen rol (QUARKUS_DATASOURCE_USERNAME).");
        } else if (rol.magLogboekLegen()) {
            bezwaren.add("De databaserol '" + rol.rol() + "' mag het logboek (dataverwerking) legen of er rijen uit verwijderen.");
        }
        return bezwaren;
    }
}
