package nl.sekswerkregister.dataverwerking.getuige;

import java.util.Optional;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;

/**
 * Somewhere outside the database that keeps the checkpoints it is handed: a second organisation, a
 * WORM bucket, a file on another machine. Whoever controls the database cannot reach it, so a
 * checkpoint it holds still shows what the log was after the database was rewritten. Every bean of
 * this type receives every checkpoint, after the sealing transaction committed.
 */
public interface Getuige {

    /** Keeps the checkpoint; failures are the witness's to report, sealing goes on regardless. */
    void ontvang(Checkpoint checkpoint);

    /** The newest checkpoint it holds, where it can be read back (for verification). */
    Optional<Checkpoint> laatste();

    /** A name for logs and verification reports. */
    String naam();
}
