package nl.sekswerkregister;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.HashMap;
import java.util.Map;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.privacy.SleutelRotatie;

/**
 * The packaged jar's entry point. Without arguments it runs the service, exactly as before. With a
 * command it runs that one operator's task against the configured database (same profile, same
 * configuration, same start-up checks and migrations as the service) and exits.
 *
 * <p>Key rotation is a command, not an endpoint: it is one step of an operator's procedure that also
 * changes the configuration and restarts the service, and no token should be able to set off a
 * re-keying of every registration.
 *
 * <p>Exit status: 0 done; 2 unknown command (with a usage line); 3 rows were left under an older key
 * version (run it again); 1 the start or the task failed (Quarkus logs why).
 */
@QuarkusMain
public class Hoofdprogramma implements QuarkusApplication {

    public static final String SLEUTELS_ROTEREN = "sleutels-roteren";
    static final String GEBRUIK = "Gebruik: java -jar quarkus-run.jar [" + SLEUTELS_ROTEREN + "]"
            + " (zonder opdracht: de dienst starten)";

    /**
     * A command opens no port and runs no scheduled job: it is typically run on a host where the
     * service already listens on those ports, and it should do its one task and nothing else.
     * System properties outrank the environment, so the service's own settings cannot turn them back on.
     */
    private static final Map<String, String> ALS_OPDRACHT = Map.of(
            "quarkus.http.host-enabled", "false",
            "quarkus.management.host-enabled", "false",
            "quarkus.scheduler.enabled", "false");

    private final SleutelRotatie rotatie;
    private final Pseudonimisering pseudoniemen;

    public Hoofdprogramma(SleutelRotatie rotatie, Pseudonimisering pseudoniemen) {
        this.rotatie = rotatie;
        this.pseudoniemen = pseudoniemen;
    }

    public static void main(String... args) {
        if (args.length == 0) {
            Quarkus.run(Hoofdprogramma.class, args);
            return;
        }
        Map<String, String> eerder = new HashMap<>();
        ALS_OPDRACHT.forEach((naam, waarde) -> eerder.put(naam, System.setProperty(naam, waarde)));
        try {
            Quarkus.run(Hoofdprogramma.class, args);
        } finally {
            // Only reached where Quarkus.run returns instead of exiting the JVM (the in-process tests):
            // the next application started in this JVM must listen again.
            eerder.forEach((naam, waarde) -> {
                if (waarde == null) {
                    System.clearProperty(naam);
                } else {
                    System.setProperty(naam, waarde);
                }
            });
        }
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length == 1 && SLEUTELS_ROTEREN.equals(args[0])) {
            return roteerSleutels();
        }
        // The arguments are not repeated: whatever an operator typed stays out of the output.
        System.err.println("Onbekende opdracht. " + GEBRUIK);
        return 2;
    }

    /** Counts only: which rows moved is nobody's business, and their pseudonyms stay in the database. */
    private int roteerSleutels() {
        int verplaatst = rotatie.roteer();
        long over = rotatie.nogTeRoteren();
        System.out.printf("Sleutelrotatie: %d pseudoniemen naar de actieve sleutelversies gebracht (landelijk %d, gemeente %d, "
                        + "beheerder %d, logboek %d); %d nog onder een andere versie.%n", verplaatst,
                pseudoniemen.landelijkeSleutels().actieveVersie(), pseudoniemen.gemeentelijkeSleutels().actieveVersie(),
                pseudoniemen.beheerderSleutels().actieveVersie(), pseudoniemen.logboekSleutels().actieveVersie(), over);
        if (over > 0) {
            // Rows that a running request held locked were skipped; a next run picks them up.
            System.out.println("Nog niet klaar: voer '" + SLEUTELS_ROTEREN + "' opnieuw uit.");
            return 3;
        }
        return 0;
    }
}
