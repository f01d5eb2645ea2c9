package nl.sekswerkregister.document.repository;

import static nl.sekswerkregister.common.tijd.Kolomwaarden.tijdstip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sekswerkregister.document.domain.Bestandssoort;
import nl.sekswerkregister.document.domain.Documentsoort;
import nl.sekswerkregister.document.domain.Vertrouwelijkheid;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/**
 * Documents in SQL, their content as large objects on the connection of the current transaction: a
 * large object descriptor lives only inside a transaction, and creating one inside the request's
 * transaction means a rollback (a 413 halfway, a 415, a crash) leaves no orphaned object behind.
 */
@ApplicationScoped
public class DocumentRepository {

    /**
     * Bytes per lo_write/lo_read round trip: large enough that 50 MB is a few hundred calls, small
     * enough that many uploads at once cost little heap.
     */
    static final int BLOK = 256 * 1024;

    private static final String KOLOMMEN = """
            d.id, v.vergunningnummer, d.soort, d.vertrouwelijkheid, d.content_type, d.grootte, d.sha256, d.inhoud,
            d.ontvangen_op, d.ontvangen_rol from document d join vergunning v on v.id = d.vergunning_id""";

    private final EntityManager em;

    public DocumentRepository(EntityManager em) {
        this.em = em;
    }

    /** A licence, as far as its file needs it. */
    public record VergunningRij(UUID id, String vergunningnummer, String gemeenteCode) {
    }

    public record DocumentRij(UUID id, String vergunningnummer, Documentsoort soort, Vertrouwelijkheid vertrouwelijkheid,
                              Bestandssoort bestandssoort, long grootte, byte[] sha256, long inhoud, Instant ontvangenOp,
                              String ontvangenRol) {
    }

    public record NieuwDocumentRij(UUID id, UUID vergunningId, Documentsoort soort, Vertrouwelijkheid vertrouwelijkheid,
                                   Bestandssoort bestandssoort, long grootte, byte[] sha256, long inhoud,
                                   Instant ontvangenOp, String ontvangenDoor, String ontvangenRol) {
    }

    public Optional<VergunningRij> vergunning(String vergunningnummer) {
        List<?> rijen = em.createNativeQuery("select id, vergunningnummer, gemeente_code from vergunning "
                        + "where vergunningnummer = :n")
                .setParameter("n", vergunningnummer).getResultList();
        return rijen.stream().map(r -> (Object[]) r)
                .map(r -> new VergunningRij((UUID) r[0], (String) r[1], (String) r[2])).findFirst();
    }

    /**
     * Copies {@code bron} into a new large object until it ends, {@link #BLOK} bytes at a time, and
     * returns its oid. Whatever {@code bron} throws (a limit reached) propagates; the transaction's
     * rollback then takes the object with it.
     */
    public long schrijfInhoud(InputStream bron) {
        return lo(lom -> {
            long oid = lom.createLO(LargeObjectManager.READWRITE);
            LargeObject lo = lom.open(oid, LargeObjectManager.WRITE);
            try {
                byte[] buffer = new byte[BLOK];
                int n;
                while ((n = bron.readNBytes(buffer, 0, BLOK)) > 0) {
                    lo.write(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                lo.close();
            }
            return oid;
        });
    }

    /** Reads up to {@code buffer.length} bytes of the content from {@code vanaf}; the number read, 0 at its end. */
    public int leesInhoud(long oid, long vanaf, byte[] buffer) {
        return lo(lom -> {
            LargeObject lo = lom.open(oid, LargeObjectManager.READ);
            try {
                lo.seek64(vanaf, LargeObject.SEEK_SET);
                int gelezen = 0;
                while (gelezen < buffer.length) {
                    int n = lo.read(buffer, gelezen, buffer.length - gelezen);
                    if (n <= 0) {
                        break;
                    }
                    gelezen += n;
                }
                return gelezen;
            } finally {
                lo.close();
            }
        });
    }

    /** Drops a large object written in this transaction that turned out to be a copy of one on file. */
    public void verwijderInhoud(long oid) {
        lo(lom -> {
            lom.delete(oid);
            return null;
        });
    }

    /**
     * Inserts the document unless the same content of the same kind is already on this licence's file
     * (then nothing: false). A concurrent upload of the same file waits on the unique key for the first
     * to commit, and then finds it.
     */
    public boolean voegToe(NieuwDocumentRij d) {
        return em.createNativeQuery("""
                        insert into document (id, vergunning_id, soort, vertrouwelijkheid, content_type, grootte, sha256,
                            inhoud, ontvangen_op, ontvangen_door, ontvangen_rol)
                        values (:id, :vergunning, :soort, :vertrouwelijkheid, :type, :grootte, :sha, :inhoud, :op, :door, :rol)
                        on conflict (vergunning_id, soort, sha256) do nothing""")
                .setParameter("id", d.id()).setParameter("vergunning", d.vergunningId())
                .setParameter("soort", d.soort().name()).setParameter("vertrouwelijkheid", d.vertrouwelijkheid().code())
                .setParameter("type", d.bestandssoort().mediatype()).setParameter("grootte", d.grootte())
                .setParameter("sha", d.sha256()).setParameter("inhoud", d.inhoud())
                .setParameter("op", Timestamp.from(d.ontvangenOp())).setParameter("door", d.ontvangenDoor())
                .setParameter("rol", d.ontvangenRol()).executeUpdate() == 1;
    }

    public Optional<DocumentRij> metInhoud(UUID vergunningId, Documentsoort soort, byte[] sha256) {
        return rijen(em.createNativeQuery("select " + KOLOMMEN
                        + " where d.vergunning_id = :v and d.soort = :s and d.sha256 = :sha")
                .setParameter("v", vergunningId).setParameter("s", soort.name()).setParameter("sha", sha256)
                .getResultList()).stream().findFirst();
    }

    public Optional<DocumentRij> een(UUID vergunningId, UUID id) {
        return rijen(em.createNativeQuery("select " + KOLOMMEN + " where d.vergunning_id = :v and d.id = :id")
                .setParameter("v", vergunningId).setParameter("id", id).getResultList()).stream().findFirst();
    }

    /** The file's documents, oldest first; one more than asked, for the next link. */
    public List<DocumentRij> vanVergunning(UUID vergunningId, int offset, int aantal) {
        return rijen(em.createNativeQuery("select " + KOLOMMEN
                        + " where d.vergunning_id = :v order by d.ontvangen_op, d.id")
                .setParameter("v", vergunningId).setFirstResult(offset).setMaxResults(aantal).getResultList());
    }

    private static List<DocumentRij> rijen(List<?> rijen) {
        return rijen.stream().map(r -> (Object[]) r).map(r -> new DocumentRij((UUID) r[0], (String) r[1],
                Documentsoort.valueOf((String) r[2]), Vertrouwelijkheid.vanCode((String) r[3]).orElseThrow(),
                Bestandssoort.vanMediatype((String) r[4]).orElseThrow(), ((Number) r[5]).longValue(), (byte[]) r[6],
                ((Number) r[7]).longValue(), tijdstip(r[8]), (String) r[9])).toList();
    }

    private interface LoWerk<T> {
        T met(LargeObjectManager lom) throws SQLException;
    }

    private <T> T lo(LoWerk<T> werk) {
        // The pgjdbc connection under the pool's wrapper: large objects are a PostgreSQL extension to JDBC.
        return em.unwrap(Session.class).doReturningWork(c -> werk.met(c.unwrap(PGConnection.class).getLargeObjectAPI()));
    }
}
