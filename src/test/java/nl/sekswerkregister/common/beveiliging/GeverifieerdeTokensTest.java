package nl.sekswerkregister.common.beveiliging;

import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Tokens are verified once and then served from memory; these tests show that the memory never
 * accepts what the verifier would refuse.
 */
@QuarkusTest
class GeverifieerdeTokensTest {

    @Inject
    DefaultJWTParser verifier;

    @Test
    void eenOnthoudenTokenWordtGeweigerdZodraHetVerlopenIs() throws Exception {
        // The first call of a JVM is slow (REST Assured, the contract validator): not with the short token.
        metToken(Tokens.voor(Rol.AUDITOR, "GM0363")).get("/api/v1/gemeenten/GM0363").then().statusCode(200);
        String token = Tokens.verlooptOver(3, Rol.AUDITOR, "GM0363");
        metToken(token).get("/api/v1/gemeenten/GM0363").then().statusCode(200);
        metToken(token).get("/api/v1/gemeenten/GM0363").then().statusCode(200);

        // Past exp plus the test profile's clock skew of 1 s.
        long exp = verifier.parseOnly(token).getExpirationTime();
        while (Instant.now().getEpochSecond() <= exp + 1) {
            Thread.sleep(200);
        }

        ongeldig(metToken(token)).get("/api/v1/gemeenten/GM0363").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("niet-geauthenticeerd"));
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
