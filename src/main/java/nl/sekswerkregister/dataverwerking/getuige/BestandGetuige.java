package nl.sekswerkregister.dataverwerking.getuige;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import nl.sekswerkregister.dataverwerking.domain.Checkpoint;
import org.jboss.logging.Logger;

/**
 * A witness that appends each checkpoint as one line to a file (configured by
 * {@code sekswerkregister.logboek.getuige.bestand}), synced to disk before it returns. Meant for a
 * file on storage the database's administrators cannot write: another machine's mount, an
 * append-only (chattr +a) or WORM volume. Line: volgnummer, hash, time, key id, signature.
 */
@ApplicationScoped
public class BestandGetuige implements Getuige {

    @ConfigMapping(prefix = "sekswerkregister.logboek.getuige")
    public interface Config {
        /** The file the checkpoints are appended to; none configured, no file witness. */
        Optional<Path> bestand();
    }

    private static final Logger LOG = Logger.getLogger(BestandGetuige.class);

    /** Bytes read from the end: many lines of about 250 bytes. */
    private static final int STAART = 16 * 1024;

    private final Optional<Path> bestand;

    public BestandGetuige(Config config) {
        this.bestand = config.bestand();
    }

    @Override
    public synchronized void ontvang(Checkpoint c) {
        if (bestand.isEmpty()) {
            return;
        }
        String regel = c.volgnummer() + " " + c.hash() + " " + c.tijdstip() + " " + c.sleutelId() + " " + c.handtekening() + "\n";
        try (FileChannel kanaal = FileChannel.open(bestand.get(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            kanaal.write(ByteBuffer.wrap(regel.getBytes(StandardCharsets.US_ASCII)));
            kanaal.force(true);
        } catch (IOException e) {
            // The checkpoint is also in the database; the next one, which covers this one, is tried again.
            LOG.warnf("Getuige %s nam checkpoint %d niet aan: %s", naam(), c.volgnummer(), e.getMessage());
        }
    }

    /** Reads only the file's tail: it grows by a line per sealing batch, for years. */
    @Override
    public synchronized Optional<Checkpoint> laatste() {
        if (bestand.isEmpty() || !Files.isReadable(bestand.get())) {
            return Optional.empty();
        }
        try (FileChannel kanaal = FileChannel.open(bestand.get(), StandardOpenOption.READ)) {
            long grootte = kanaal.size();
            int staart = (int) Math.min(grootte, STAART);
            ByteBuffer buffer = ByteBuffer.allocate(staart);
            kanaal.read(buffer, grootte - staart);
            String[] regels = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).split("\n");
            for (int i = regels.length - 1; i >= 0; i--) {
                Optional<Checkpoint> c = lees(regels[i]);
                if (c.isPresent()) {
                    return c;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            LOG.warnf("Getuige %s is niet te lezen: %s", naam(), e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<Checkpoint> lees(String regel) {
        String[] delen = regel.trim().split(" ");
        if (delen.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(Long.parseLong(delen[0]), delen[1], Instant.parse(delen[2]), delen[3], delen[4]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String naam() {
        return "bestand";
    }
}
