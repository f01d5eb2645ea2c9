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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
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
    /** smallrye.jwt.path.groups: where this application's roles are in the token; null for the standard groups claim. */
    private final String rollenpad;
    private final ConcurrentHashMap<String, JsonWebToken> geverifieerd = new ConcurrentHashMap<>();

    /** The service's clock (common.tijd.Tijdbron), so that expiry is judged by the same "now" as everything else. */
    @Inject
    public GeverifieerdeTokens(DefaultJWTParser verifier, Clock klok,
                               @ConfigProperty(name = "smallrye.jwt.path.groups") Optional<String> rollenpad) {
        this((JWTParser) verifier, klok, rollenpad.orElse(null));
    }

    GeverifieerdeTokens(JWTParser verifier, Clock klok) {
        this(verifier, klok, null);
    }

    GeverifieerdeTokens(JWTParser verifier, Clock klok, String rollenpad) {
        this.verifier = verifier;
        this.klok = klok;
        this.rollenpad = rollenpad == null || rollenpad.isBlank() || rollenpad.equals(Claims.groups.name()) ? null : rollenpad;
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
        JsonWebToken jwt = alleenRollenVanDezeToepassing(verifier.parse(token), rollenpad);
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

    /**
     * Roles come from this application's own claim (smallrye.jwt.path.groups, such as Keycloak's
     * {@code resource_access/<client-id>/roles}) and from nowhere else. SmallRye puts what it finds at
     * that path in {@code groups}, but when the path is missing it keeps the token's own {@code groups}
     * claim, which is where an identity provider puts roles that are not this application's: an
     * {@code auditor} of another application would then read the national processing log here.
     */
    static JsonWebToken alleenRollenVanDezeToepassing(JsonWebToken jwt, String rollenpad) {
        if (rollenpad == null || heeftPad(jwt, rollenpad)) {
            return jwt;
        }
        return new ZonderRollen(jwt);
    }

    private static boolean heeftPad(JsonWebToken jwt, String pad) {
        String[] delen = pad.split("/");
        Object waarde = jwt.getClaim(delen[0]);
        for (int i = 1; i < delen.length && waarde != null; i++) {
            waarde = waarde instanceof JsonObject object ? object.get(delen[i])
                    : waarde instanceof Map<?, ?> map ? map.get(delen[i]) : null;
        }
        return waarde != null && !(waarde instanceof JsonValue v && v.getValueType() == JsonValue.ValueType.NULL);
    }

    /** A verified token that carries no role of this application. */
    private static final class ZonderRollen implements JsonWebToken {
        private final JsonWebToken jwt;

        ZonderRollen(JsonWebToken jwt) {
            this.jwt = jwt;
        }

        @Override
        public String getName() {
            return jwt.getName();
        }

        @Override
        public Set<String> getClaimNames() {
            return jwt.getClaimNames();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String naam) {
            return Claims.groups.name().equals(naam) ? (T) Set.of() : jwt.getClaim(naam);
        }

        @Override
        public Set<String> getGroups() {
            return Set.of();
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
