package nl.sekswerkregister.common.beveiliging;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once, not on every request. A case system, a street officer's app or
 * an advertising platform sends the same token thousands of times until it expires, and the RS256
 * check plus jose4j's parsing was half of a status check's CPU (measured with deploy/bench).
 *
 * <p>Why this is safe: the key is the whole token, signature included, so only a byte-for-byte
 * copy of a token that passed every check (signature, issuer, expiry) is served from memory, and
 * only until its {@code exp}, which is stricter than the verifier itself (that allows clock skew).
 * Failed tokens are never remembered. The verification key is fixed for the life of the process.
 * Memory is bounded: at {@link #MAXIMUM} tokens the expired ones go, and if that frees nothing,
 * all of them (a full cache only costs re-verification).
 *
 * <p>It is also where a verified token is accepted or not: one without a subject is refused.
 *
 * <p>Quarkus' JWT validator asks its {@link JWTParser} bean for {@code parse(token)}; this
 * alternative stands in for the default parser and hands everything else to it unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class GeverifieerdeTokens implements JWTParser {

    static final int MAXIMUM = 1_000;

    private final JWTParser verifier;
    private final Clock klok;
    private final ConcurrentHashMap<String, JsonWebToken> geverifieerd = new ConcurrentHashMap<>();

    /** The service's clock (common.tijd.Tijdbron), so that expiry is judged by the same "now" as everything else. */
    @Inject
    public GeverifieerdeTokens(DefaultJWTParser verifier, Clock klok) {
        this((JWTParser) verifier, klok);
    }

    GeverifieerdeTokens(JWTParser verifier, Clock klok) {
        this.verifier = verifier;
        this.klok = klok;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long nu = klok.instant().getEpochSecond();
        JsonWebToken bekend = geverifieerd.get(token);
        if (bekend != null) {
            if (nu < bekend.getExpirationTime()) {
                return bekend;
            }
            geverifieerd.remove(token, bekend);
        }
        JsonWebToken jwt = verifier.parse(token);
        vereisSubject(jwt);
        // Within the verifier's clock skew a token may pass after its exp: verify it every time then.
        if (nu < jwt.getExpirationTime()) {
            onthoud(token, jwt, nu);
        }
        return jwt;
    }

    /**
     * A token must say who acts: its {@code sub} is stored with every decision ({@code genomen_door})
     * and every processing-log entry. A token that cannot be attributed is refused (401) for every
     * operation, reads included, rather than failing halfway through a write.
     */
    static void vereisSubject(JsonWebToken jwt) throws ParseException {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ParseException("Token zonder subject (claim sub)");
        }
    }

    int aantal() {
        return geverifieerd.size();
    }

    private void onthoud(String token, JsonWebToken jwt, long nu) {
        if (geverifieerd.size() >= MAXIMUM) {
            geverifieerd.values().removeIf(t -> t.getExpirationTime() <= nu);
            if (geverifieerd.size() >= MAXIMUM) {
                geverifieerd.clear();
            }
        }
        geverifieerd.put(token, jwt);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
