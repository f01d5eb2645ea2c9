package nl.sekswerkregister.common;

import static nl.sekswerkregister.support.Api.anoniem;
import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every /api/v1 endpoint except the contract refuses requests without a valid token: 401 problem+json. */
@QuarkusTest
class AuthenticatieTest {

    static List<String> endpoints() {
        return List.of("/api/v1/gemeenten", "/api/v1/gemeenten/GM0363", "/api/v1/exploitanten",
                "/api/v1/exploitanten/00000000-0000-4000-8000-000000000000", "/api/v1/vergunningen",
                "/api/v1/vergunningen/GM0363-2026-000001", "/api/v1/vergunningen/GM0363-2026-000001/status",
                "/api/v1/vergunningen/GM0363-2026-000001/besluiten");
    }

    static List<String> slechteTokens() {
        return List.of(
                Tokens.verlopen(Rol.AUDITOR, "GM0363"),
                Tokens.vreemdeSleutel(Rol.AUDITOR, "GM0363"),
                Tokens.zonderHandtekening(Rol.AUDITOR, "GM0363"),
                Tokens.andereIssuer(Rol.AUDITOR, "GM0363"),
                // The trusted identity provider, but a token for another application, or for none.
                Tokens.andereAudience(Rol.AUDITOR, "GM0363"),
                Tokens.zonderAudience(Rol.AUDITOR, "GM0363"),
                "dit-is-geen-jwt");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void zonderToken401(String pad) {
        ongeldig(anoniem()).get(pad).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("niet-geauthenticeerd"));
    }

    @ParameterizedTest
    @MethodSource("slechteTokens")
    void verlopenVervalstOfOngetekendToken401(String token) {
        for (String pad : endpoints()) {
            ongeldig(metToken(token)).get(pad).then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("niet-geauthenticeerd"));
        }
        ongeldig(metToken(token)).body("{}").post("/api/v1/exploitanten").then().statusCode(401);
    }

    /**
     * An auditor role in a token the same identity provider issued for another application once read
     * the national processing log: the audience is checked, and a token without one is refused too.
     */
    @org.junit.jupiter.api.Test
    void eenTokenVoorEenAndereToepassingLeestHetLogboekNiet() {
        for (String token : List.of(Tokens.andereAudience(Rol.AUDITOR, null), Tokens.zonderAudience(Rol.AUDITOR, null))) {
            ongeldig(metToken(token)).get("/api/v1/dataverwerkingen").then().statusCode(401)
                    .contentType("application/problem+json").body("code", equalTo("niet-geauthenticeerd"));
        }
        metToken(Tokens.voor(Rol.AUDITOR)).get("/api/v1/dataverwerkingen").then().statusCode(200);
    }
}
