package nl.sekswerkregister.common.http;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.anoniem;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/**
 * The rate limit of open data, lowered to a bucket of 3 that refills once an hour, so that the 4th
 * request in a row is refused. Its own profile: the rest of the suite runs with a limit it never reaches.
 */
@QuarkusTest
@TestProfile(VerzoeklimietTest.LageLimiet.class)
class VerzoeklimietTest {

    public static class LageLimiet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sekswerkregister.openbaar.limiet.piek", "3",
                    "sekswerkregister.openbaar.limiet.per-seconde", "0.0003");
        }
    }

    @Test
    void naDeLimietEen429MetRetryAfterEnDeSleutelpadenBlijvenOpen() {
        for (int resterend = 2; resterend >= 0; resterend--) {
            anoniem().get("/api/v1/openbaar/regelsets").then().statusCode(200).header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(resterend));
        }
        ongeldig(anoniem()).get("/api/v1/openbaar/vergunningen").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("te-veel-verzoeken"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Remaining", "0").header("Cache-Control", "no-store")
                .header("Access-Control-Allow-Origin", "*");
        // A forged X-Forwarded-For does not make another client: no proxy is trusted by default.
        ongeldig(anoniem()).header("X-Forwarded-For", "198.51.100.7").get("/api/v1/openbaar/regelsets").then()
                .statusCode(429);
        // Authenticated paths are not limited by it.
        for (int i = 0; i < 5; i++) {
            als(Rol.AUDITOR).get("/api/v1/gemeenten/GM0363").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
    }
}
