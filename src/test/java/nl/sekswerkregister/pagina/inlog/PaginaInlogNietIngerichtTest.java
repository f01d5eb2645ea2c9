package nl.sekswerkregister.pagina.inlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An installation without the pages' login (no SEKSWERKREGISTER_PAGINA_INLOG_INGERICHT): the API works as ever,
 * public pages work, and a page that needs a login says so in HTML instead of failing.
 */
@QuarkusTest
@TestProfile(PaginaInlogNietIngerichtTest.ZonderPaginaInlog.class)
class PaginaInlogNietIngerichtTest {

    public static class ZonderPaginaInlog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sekswerkregister.pagina-inlog.ingericht", "false");
        }
    }

    @Test
    void eenPaginaMetInloggenZegtDatInloggenNietIsIngericht() {
        String html = given().redirects().follow(false).when().get("/inloggen").then().statusCode(503)
                .contentType("text/html").extract().asString();
        assertThat(html).contains("Inloggen is niet ingericht");
    }

    @Test
    void deApiEnBearertokensOpPaginasWerkenGewoon() {
        given().auth().oauth2(Tokens.voor("handhaver", "GM0363")).when().get("/api/v1/gemeenten/GM0363").then().statusCode(200);
        given().auth().oauth2(Tokens.voor("handhaver", "GM0363")).when().get("/inloggen").then().statusCode(200);
        given().when().get("/uitgelogd").then().statusCode(200).contentType("text/html");
    }
}
