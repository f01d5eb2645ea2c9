package nl.sekswerkregister.conventies;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.anoniem;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/**
 * A query parameter an operation does not declare is 400 with code {@code onbekend}, on every kind of
 * operation (a collection, a single object, a computation, a POST), while declared ones still work.
 * Who may not call the operation at all hears that first (401, 403): the parameters of a request
 * are only judged for a caller who may make it.
 */
@QuarkusTest
class OnbekendeQueryParametersTest {

    @Test
    void eenTikfoutInDeLappendekenIndexIsGeen400Stilte() {
        onbekend(ongeldig(als(Rol.AUDITOR)).queryParam("regiosort", "RIEC").get("/api/v1/lappendeken-index"),
                List.of("regiosort"));
        als(Rol.AUDITOR).queryParam("regiosoort", "RIEC").get("/api/v1/lappendeken-index").then().statusCode(200);
    }

    @Test
    void eenNietBestaandePageSizeOpEenEnkelObject() {
        onbekend(ongeldig(als(Rol.AUDITOR)).queryParam("pageSize", 10).get("/api/v1/gemeenten/GM0363"),
                List.of("pageSize"));
    }

    @Test
    void alleOnbekendeParametersTegelijkGenoemd() {
        onbekend(ongeldig(als(Rol.AUDITOR)).queryParam("provincie", "Utrecht").queryParam("sort", "naam")
                .queryParam("expand", "buren").get("/api/v1/gemeenten"), List.of("expand", "sort"));
    }

    @Test
    void ookOpEenPost() {
        onbekend(ongeldig(als(Rol.LANDELIJK_BEHEERDER)).queryParam("dryRun", "true")
                .body(Map.of("gemeenteCode", "GM0363", "regels", Map.of("minimumleeftijd", 21)))
                .post("/api/v1/regelset-simulaties"), List.of("dryRun"));
    }

    @Test
    void eenParameterVanEenAndereOperatieIsHierOnbekend() {
        // peildatum belongs to the conflicts and the index, not to the list of licences.
        onbekend(ongeldig(als(Rol.AUDITOR)).queryParam("peildatum", "2026-01-01").get("/api/v1/vergunningen"),
                List.of("peildatum"));
    }

    @Test
    void zonderTokenEerst401EnMetEenVerkeerdeRol403() {
        ongeldig(anoniem()).queryParam("regiosort", "RIEC").get("/api/v1/lappendeken-index").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        ongeldig(als(Rol.VERIFICATEUR)).queryParam("regiosort", "RIEC").get("/api/v1/lappendeken-index").then()
                .statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    void hetContractEnDeBeheerpadenBlijvenBuitenSchot() {
        anoniem().queryParam("regiosort", "RIEC").get("/api/v1/openapi.json").then().statusCode(200);
    }

    private static ValidatableResponse onbekend(io.restassured.response.Response antwoord, List<String> namen) {
        return antwoord.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("ongeldige-invoer"))
                .body("invalidParams.name", equalTo(namen))
                .body("invalidParams.code", equalTo(namen.stream().map(n -> "onbekend").toList()));
    }
}
