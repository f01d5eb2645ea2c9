package nl.sekswerkregister.idempotentie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
 *
 * <p>A key belongs to everything that authorised the original request: the token's subject, its
 * roles and its municipality ({@link #bevoegdheid()}). A retry with other roles or another
 * municipality is therefore not a replay but a new request, checked like any other; a stored answer
 * is only ever handed to a caller who was allowed to cause it.
 *
 * <p>The request is fingerprinted by its path and its body (the resource method's entity
 * parameter), not by headers or other injected parameters: a retry may carry a fresh traceparent.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentieInterceptor {

    public static final String HEADER = "Idempotency-Key";
    static final Pattern SLEUTEL = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Set<Class<? extends Annotation>> GEEN_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, BeanParam.class, CookieParam.class, FormParam.class, MatrixParam.class, Context.class);

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
        // Under every configured log key, active first: a replay across a key rotation still matches.
        List<String> hashes = pseudoniemen.verzoekhashes("POST " + pad + " " + vingerafdruk(body(ctx)));
        return QuarkusTransaction.joiningExisting().call(() -> uitvoeren(ctx, sleutel, hashes));
    }

    /**
     * The entity parameter of the resource method: the one that is not a path, query or header
     * parameter, a bean of parameters or an injected context. Null for a POST without a body.
     */
    static Object body(InvocationContext ctx) {
        Parameter[] parameters = ctx.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (Arrays.stream(parameters[i].getAnnotations()).noneMatch(a -> GEEN_BODY.contains(a.annotationType()))) {
                return ctx.getParameters()[i];
            }
        }
        return null;
    }

    /**
     * The body as JSON in one form per request: a resource that takes the body as a tree (to report
     * all its problems at once) fingerprints it sorted and without nulls, as the request record it
     * becomes would be, so a retry that orders its fields otherwise is still the same request.
     */
    private String vingerafdruk(Object body) throws JsonProcessingException {
        if (body instanceof JsonNode boom) {
            return mapper.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                    .without(JsonNodeFeature.WRITE_NULL_PROPERTIES).writeValueAsString(boom);
        }
        return mapper.writeValueAsString(body);
    }

    /** Everything that authorised the request besides the subject: sorted roles and the municipality claim. */
    private String bevoegdheid() {
        return "rollen=" + gebruiker.rollen() + ";gemeente=" + gebruiker.gemeenteCode().orElse("-");
    }

    private Object uitvoeren(InvocationContext ctx, String sleutel, List<String> hashes) throws Exception {
        String hash = hashes.get(0);
        String subject = gebruiker.subject();
        String bevoegdheid = bevoegdheid();
        Instant nu = klok.nu();
        em.createNativeQuery("""
                        delete from idempotentie where subject = :s and bevoegdheid = :b and sleutel = :k
                        and aangemaakt_op < :grens""")
                .setParameter("s", subject).setParameter("b", bevoegdheid).setParameter("k", sleutel)
                .setParameter("grens", Timestamp.from(nu.minus(Duration.ofHours(config.bewaartijdUren())))).executeUpdate();
        int geclaimd = em.createNativeQuery("""
                        insert into idempotentie (subject, bevoegdheid, sleutel, verzoek_hash, status, aangemaakt_op)
                        values (:s, :b, :k, :h, 0, :nu) on conflict (subject, bevoegdheid, sleutel) do nothing""")
                .setParameter("s", subject).setParameter("b", bevoegdheid).setParameter("k", sleutel)
                .setParameter("h", hash).setParameter("nu", Timestamp.from(nu)).executeUpdate();
        if (geclaimd == 0) {
            return herhaal(subject, bevoegdheid, sleutel, hashes);
        }
        Object resultaat = ctx.proceed();
        Response antwoord = resultaat instanceof Response r ? r : Response.ok(resultaat).build();
        em.createNativeQuery("""
                        update idempotentie set status = :status, antwoord = :antwoord, content_type = :type,
                            location = :location, etag = :etag
                        where subject = :s and bevoegdheid = :b and sleutel = :k""")
                .setParameter("status", antwoord.getStatus())
                .setParameter("antwoord", antwoord.getEntity() == null ? null : mapper.writeValueAsString(antwoord.getEntity()))
                .setParameter("type", "application/json")
                .setParameter("location", antwoord.getHeaderString(HttpHeaders.LOCATION))
                .setParameter("etag", antwoord.getHeaderString(HttpHeaders.ETAG))
                .setParameter("s", subject).setParameter("b", bevoegdheid).setParameter("k", sleutel).executeUpdate();
        return resultaat;
    }

    @SuppressWarnings("unchecked")
    private Response herhaal(String subject, String bevoegdheid, String sleutel, List<String> hashes) {
        List<Object[]> rijen = em.createNativeQuery("""
                        select verzoek_hash, status, antwoord, content_type, location, etag from idempotentie
                        where subject = :s and bevoegdheid = :b and sleutel = :k""")
                .setParameter("s", subject).setParameter("b", bevoegdheid).setParameter("k", sleutel).getResultList();
        Object[] rij = rijen.get(0);
        if (!hashes.contains((String) rij[0])) {
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
