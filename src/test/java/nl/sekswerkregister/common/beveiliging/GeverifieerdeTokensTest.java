package nl.sekswerkregister.common.beveiliging;

import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sekswerkregister.support.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Tokens are verified once and then served from memory; these tests show that the memory never
 * accepts what the verifier would refuse.
 */
@QuarkusTest
class GeverifieerdeTokensTest {

    @Inject
    DefaultJWTParser verifier;
    @ConfigProperty(name = "mp.jwt.verify.clock.skew")
    int speling;

    /**
     * The verifier checks exp against the real time, which a test cannot move; so the memory is given
     * a clock of its own and a verifier that, after the real checks (signature, issuer, exp), also
     * judges expiry by that clock, with the configured skew. Then the moment after exp comes without
     * waiting for it.
     */
    @Test
    void eenOnthoudenTokenWordtGeweigerdZodraHetVerlopenIs() throws Exception {
        VerzetbareKlok klok = new VerzetbareKlok(Instant.now());
        AtomicInteger verificaties = new AtomicInteger();
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(verifierOp(klok, verificaties), klok);
        String token = Tokens.verlooptOver(60, Rol.AUDITOR, "GM0363");
        long exp = verifier.parseOnly(token).getExpirationTime();

        assertThat(tokens.parse(token).getGroups()).containsExactly(Rol.AUDITOR);
        klok.nu = Instant.ofEpochSecond(exp - 1);
        assertThat(tokens.parse(token).getGroups()).containsExactly(Rol.AUDITOR);
        assertThat(verificaties).as("tot exp uit het geheugen").hasValue(1);
        assertThat(tokens.aantal()).isEqualTo(1);

        // From exp on the memory no longer serves it: within the skew the verifier still accepts it ...
        klok.nu = Instant.ofEpochSecond(exp);
        assertThat(tokens.parse(token).getGroups()).containsExactly(Rol.AUDITOR);
        assertThat(verificaties).hasValue(2);
        // ... and past it the token is refused.
        klok.nu = Instant.ofEpochSecond(exp + speling + 1);
        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(verificaties).hasValue(3);
        assertThat(tokens.aantal()).isZero();
    }

    /** The real verifier, which also refuses a token whose exp plus the skew lies before {@code klok}. */
    private JWTParser verifierOp(Clock klok, AtomicInteger verificaties) {
        return (JWTParser) Proxy.newProxyInstance(JWTParser.class.getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, methode, argumenten) -> {
                    Object uitkomst;
                    try {
                        uitkomst = methode.invoke(verifier, argumenten);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (methode.getName().equals("parse") && argumenten.length == 1) {
                        verificaties.incrementAndGet();
                        if (klok.instant().getEpochSecond() > ((JsonWebToken) uitkomst).getExpirationTime() + speling) {
                            throw new ParseException("Token verlopen volgens de testklok");
                        }
                    }
                    return uitkomst;
                });
    }

    @Test
    void eenTokenMetEenAndereHandtekeningKomtNietUitHetGeheugen() {
        String token = Tokens.voor(Rol.AUDITOR, "GM0363");
        metToken(token).get("/api/v1/gemeenten/GM0363").then().statusCode(200);

        // Flip one character in the middle of the signature (the last one may only carry padding bits).
        int midden = token.lastIndexOf('.') + 100;
        char anders = token.charAt(midden) == 'A' ? 'B' : 'A';
        String vervalst = token.substring(0, midden) + anders + token.substring(midden + 1);

        ongeldig(metToken(vervalst)).get("/api/v1/gemeenten/GM0363").then().statusCode(401)
                .body("code", equalTo("niet-geauthenticeerd"));
        metToken(token).get("/api/v1/gemeenten/GM0363").then().statusCode(200);
    }

    /**
     * With the roles read from this application's client roles, a token without them has no role at
     * all: SmallRye would otherwise keep its own groups claim, where other applications' roles sit.
     */
    @Test
    void rollenKomenAlleenVanHetPadVanDezeToepassing() throws ParseException {
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(verifier, Clock.systemUTC(),
                "resource_access/sekswerkregister/roles");
        var jwt = tokens.parse(Tokens.rolVanAndereToepassing(Rol.AUDITOR));
        assertThat(jwt.getGroups()).isEmpty();
        assertThat(jwt.getSubject()).isEqualTo("test-andere-toepassing");
        // With the standard claim configured, groups is this application's claim.
        assertThat(new GeverifieerdeTokens(verifier, Clock.systemUTC(), "groups")
                .parse(Tokens.rolVanAndereToepassing(Rol.AUDITOR)).getGroups()).containsExactly(Rol.AUDITOR);
    }

    @Test
    void eenGeweigerdTokenWordtNietOnthouden() {
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(verifier, Clock.systemUTC());
        String verlopen = Tokens.verlopen(Rol.AUDITOR, "GM0363");

        assertThatThrownBy(() -> tokens.parse(verlopen)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(Tokens.vreemdeSleutel(Rol.AUDITOR, "GM0363")))
                .isInstanceOf(ParseException.class);
        assertThat(tokens.aantal()).isZero();
    }

    @Test
    void hetGeheugenBlijftBegrensdEnLaatVerlopenTokensEerstGaan() throws ParseException {
        VerzetbareKlok klok = new VerzetbareKlok(Instant.now());
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(verifier, klok);
        for (int i = 0; i < GeverifieerdeTokens.MAXIMUM - 1; i++) {
            tokens.parse(Tokens.verlooptOver(30, Rol.AUDITOR, "GM0363"));
        }
        String lang = Tokens.verlooptOver(3_600, Rol.HANDHAVER, "GM0363");
        assertThat(tokens.parse(lang).getGroups()).containsExactly(Rol.HANDHAVER);
        assertThat(tokens.aantal()).isEqualTo(GeverifieerdeTokens.MAXIMUM);

        // A minute later the short-lived tokens have expired: the next new token evicts them, not the live one.
        klok.nu = klok.nu.plusSeconds(60);
        tokens.parse(Tokens.verlooptOver(3_600, Rol.AUDITOR, "GM0363"));
        assertThat(tokens.aantal()).isEqualTo(2);
        assertThat(tokens.parse(lang).getGroups()).containsExactly(Rol.HANDHAVER);
        assertThat(tokens.aantal()).isEqualTo(2);
    }

    /** Moves only this test's notion of now; the verifier keeps the real clock. */
    private static final class VerzetbareKlok extends Clock {
        Instant nu;

        VerzetbareKlok(Instant nu) {
            this.nu = nu;
        }

        @Override
        public Instant instant() {
            return nu;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
