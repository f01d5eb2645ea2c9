package nl.sekswerkregister.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import nl.sekswerkregister.dataverwerking.service.Verzegelaar;

/**
 * Seals the whole tail of the processing log before a test looks at the chain. The scheduled sealer
 * runs alongside the tests, and while it holds the turn {@link Verzegelaar#verzegel()} returns 0
 * although records are still open, so "until it returns 0" can stop early: wait for the table instead.
 */
@ApplicationScoped
public class Logboekverzegeling {

    private static final Duration GEDULD = Duration.ofSeconds(30);

    private final Verzegelaar verzegelaar;
    private final Database database;

    public Logboekverzegeling(Verzegelaar verzegelaar, Database database) {
        this.verzegelaar = verzegelaar;
        this.database = database;
    }

    public void allesVerzegeld() {
        long tot = System.nanoTime() + GEDULD.toNanos();
        while (database.getal("select count(*) from dataverwerking where volgnummer is null") > 0) {
            if (System.nanoTime() > tot) {
                throw new AssertionError("het logboek is na " + GEDULD + " nog niet helemaal verzegeld");
            }
            if (verzegelaar.verzegel() == 0) {
                pauze(); // the scheduled sealer has the turn; its commit is on its way
            }
        }
    }

    private static void pauze() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("onderbroken tijdens het verzegelen", e);
        }
    }
}
