package nl.sekswerkregister.common.idempotentie;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Gebruiker;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.privacy.Pseudonimisering;

/**
 * Idempotency-Key for creating POSTs: a client that retries after a timeout gets the original
 * answer and nothing is created twice; the same key with a different body is refused (409).
 *
 * <p>The key's row is inserted in the same transaction as the creation (the service's
 * transaction joins this one). So a crash leaves both or neither, and a concurrent retry with
 * the same key waits on the row's unique index until the first commits, then replays it. A
 * request that fails (4xx) rolls its key back with it, so the client may retry it.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentieInterceptor {

    public static final String HEADER = "Idempotency-Key";
    static final Pattern SLEUTEL = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final EntityManager em;
    private final CurrentVertxRequest verzoek;
    private final Gebruiker gebruiker;
    private final Pseudonimisering pseudoniemen;
    private final ObjectMapper mapper;
    private final IdempotentieConfig config;
    private final Klok klok;

    public IdempotentieInterceptor(EntityManager em, CurrentVertxRequest verzoek, Gebruiker gebruiker,
                                   Pseudonimisering pseudoniemen, ObjectMapper mapper, IdempotentieConfig config,
                                   Klok klok) {
        this.em = em;
        this.verzoek = verzoek;
        this.gebruiker = gebruiker;
        this.pseudoniemen = pseudoniemen;
        this.mapper = mapper;
        this.config = config;
        this.klok = klok;
    }

    @AroundInvoke
    Object rond(InvocationContext ctx) throws Exception {
        String sleutel = verzoek.getCurrent().request().getHeader(HEADER);
        if (sleutel == null) {
            return ctx.proceed();
        }
        if (!SLEUTEL.matcher(sleutel).matches()) {
            throw ProbleemException.ongeldig(HEADER, "patroon", "1 tot 100 letters, cijfers of . _ : -");
        }
        String pad = verzoek.getCurrent().normalizedPath();
        // Keyed hash: the body may hold a BSN, and a plain hash of it would be brute-forceable.
        String hash = pseudoniemen.verzoekhash("POST " + pad + " " + mapper.writeValueAsString(
                java.util.Arrays.stream(ctx.getParameters()).filter(a -> !(a instanceof String)).toList()));
        return QuarkusTransaction.joiningExisting().call(() -> uitvoeren(ctx, sleutel, hash));
    }

    private Object uitvoeren(InvocationContext ctx, String sleutel, String hash) throws Exception {
        String subject = gebruiker.subject();
        Instant nu = klok.nu();
        em.createNativeQuery("delete from idempotentie where subject = :s and sleutel = :k and aangemaakt_op < :grens")
                .setParameter("s", subject).setParameter("k", sleutel)
                .setParameter("grens", Timestamp.from(nu.minus(Duration.ofHours(config.bewaartijdUren())))).executeUpdate();
        int geclaimd = em.createNativeQuery("""
                        insert into idempotentie (subject, sleutel, verzoek_hash, status, aangemaakt_op)
                        values (:s, :k, :h, 0, :nu) on conflict (subject, sleutel) do nothing""")
                .setParameter("s", subject).setParameter("k", sleutel).setParameter("h", hash)
                .setParameter("nu", Timestamp.from(nu)).executeUpdate();
        if (geclaimd == 0) {
            return herhaal(subject, sleutel, hash);
        }
        Object resultaat = ctx.proceed();
        Response antwoord = resultaat instanceof Response r ? r : Response.ok(resultaat).build();
        em.createNativeQuery("""
                        update idempotentie set status = :status, antwoord = :antwoord, content_type = :type,
                            location = :location, etag = :etag where subject = :s and sleutel = :k""")
                .setParameter("status", antwoord.getStatus())
                .setParameter("antwoord", antwoord.getEntity() == null ? null : mapper.writeValueAsString(antwoord.getEntity()))
                .setParameter("type", "application/json")
                .setParameter("location", antwoord.getHeaderString(HttpHeaders.LOCATION))
                .setParameter("etag", antwoord.getHeaderString(HttpHeaders.ETAG))
                .setParameter("s", subject).setParameter("k", sleutel).executeUpdate();
        return resultaat;
    }

    @SuppressWarnings("unchecked")
    private Response herhaal(String subject, String sleutel, String hash) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select verzoek_hash, status, antwoord, content_type, location, etag from idempotentie
                        where subject = :s and sleutel = :k""")
                .setParameter("s", subject).setParameter("k", sleutel).getResultList();
        Object[] rij = rijen.get(0);
        if (!hash.equals(rij[0])) {
            throw new ProbleemException(ProbleemSoort.CONFLICT, "Deze Idempotency-Key is al gebruikt voor een ander "
                    + "verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.");
        }
        Response.ResponseBuilder builder = Response.status(((Number) rij[1]).intValue())
                .header("Idempotent-Replayed", "true");
        if (rij[2] != null) {
            builder.entity(rij[2]).type((String) rij[3]);
        }
        if (rij[4] != null) {
            builder.header(HttpHeaders.LOCATION, rij[4]);
        }
        if (rij[5] != null) {
            builder.header(HttpHeaders.ETAG, rij[5]);
        }
        return builder.build();
    }
}
