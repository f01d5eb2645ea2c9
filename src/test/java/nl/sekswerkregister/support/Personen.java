package nl.sekswerkregister.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Test persons with valid BSNs (elfproef), from a seeded generator. Every BSN handed out is also
 * written to target/gebruikte-bsns.txt, so that deploy/test.sh can prove none reached the log.
 */
public final class Personen {

    public static final long SEED = Long.getLong("bsn.seed", 20261128L);
    private static final SplittableRandom RANDOM = new SplittableRandom(SEED);
    private static final Path GEBRUIKT = Path.of("target", "gebruikte-bsns.txt");

    private Personen() {
    }

    public static synchronized String bsn() {
        String bsn = bsn(RANDOM);
        noteer(bsn);
        return bsn;
    }

    /** A valid BSN (elfproef, no leading zero) from the given generator; not recorded. */
    public static String bsn(SplittableRandom random) {
        while (true) {
            int[] d = new int[9];
            int som = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = random.nextInt(10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste == 10 || d[0] == 0) {
                continue;
            }
            StringBuilder bsn = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                bsn.append(d[i]);
            }
            bsn.append(laatste);
            return bsn.toString();
        }
    }

    /** A BSN with one digit changed: fails the elfproef. */
    public static String ongeldigBsn() {
        String bsn = bsn();
        char eerste = bsn.charAt(0);
        return (eerste == '9' ? '1' : (char) (eerste + 1)) + bsn.substring(1);
    }

    public static Map<String, Object> metBsn(String bsn) {
        return Map.of("bsn", bsn);
    }

    private static void noteer(String bsn) {
        try {
            Files.createDirectories(GEBRUIKT.getParent());
            Files.writeString(GEBRUIKT, bsn + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
