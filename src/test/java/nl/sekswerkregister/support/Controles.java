package nl.sekswerkregister.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Inspections for tests of what follows them up (a signal lists the inspections at its premises).
 *
 * <p>UNTIL POST /controles EXISTS: the inspections API is being built alongside; until then an
 * inspection is inserted here straight into its table (migration V16), as the service's runtime role,
 * which may insert there. Once the API exists, replace the body of {@link #leg} by a call to it and
 * delete this comment: no test should write the table itself.
 */
public final class Controles {

    private Controles() {
    }

    /** An on-site inspection at the premises on a date; returns its id. */
    public static UUID leg(Database database, String gemeenteCode, UUID vestigingId, LocalDate datum) {
        UUID id = UUID.randomUUID();
        database.voerUit("""
                        insert into controle (id, gemeente_code, vestiging_id, datum, soort, organisatie,
                            vastgelegd_op, vastgelegd_door, vastgelegd_rol)
                        values (?, ?, ?, ?, 'TER_PLAATSE', 'Gemeente (test), team Toezicht', ?, 'test', 'handhaver')""",
                id, gemeenteCode, vestigingId, datum, Timestamp.from(Instant.now()));
        return id;
    }
}
