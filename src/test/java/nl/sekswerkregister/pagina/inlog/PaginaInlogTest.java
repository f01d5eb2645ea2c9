package nl.sekswerkregister.pagina.inlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sekswerkregister.support.Browsersessie;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The pages' login in-process: the real OIDC code flow of tenant 'pagina' against the DEV-ONLY identity provider
 * inside the service (as a newcomer clicks through it in dev mode), logout, and the API's bearer tokens on pages.
 */
@QuarkusTest
class PaginaInlogTest {

    private static final Pattern VERBORGEN = Pattern.compile("name=\"(redirect_uri|state|nonce)\" value=\"([^\"]*)\"");

    private static String basis() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void eenHandhaverKlikt_zichzelfAanEnZietWieHijIsEnWaarHijHeenMag() throws Exception {
        Browsersessie browser = new Browsersessie();
        var naarIdp = browser.get(URI.create(basis() + "/inloggen"));
        assertThat(naarIdp.statusCode()).isEqualTo(302);
        URI authorize = URI.create(naarIdp.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getPath()).isEqualTo("/dev-inlog/authorize");

        var keuze = browser.get(authorize);
        assertThat(keuze.statusCode()).isEqualTo(200);
        assertThat(keuze.body()).contains("Handhaver, Amsterdam (GM0363)").contains("DEV-ONLY");
        StringBuilder formulier = new StringBuilder("identiteit=handhaver-gm0363");
        Matcher m = VERBORGEN.matcher(keuze.body());
        while (m.find()) {
            formulier.append('&').append(m.group(1)).append('=')
                    .append(java.net.URLEncoder.encode(m.group(2).replace("&amp;", "&"), java.nio.charset.StandardCharsets.UTF_8));
        }
        var terug = browser.post(URI.create(basis() + "/dev-inlog/authorize"), formulier.toString());
        assertThat(terug.statusCode()).isEqualTo(303);

        var pagina = browser.volg(URI.create(terug.headers().firstValue("Location").orElseThrow()));
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.uri().getPath()).isEqualTo("/inloggen");
        assertThat(pagina.uri().getQuery()).as("code and state are gone from the address bar").isNull();
        assertThat(pagina.body()).contains("U bent ingelogd").contains("handhaver").contains("GM0363")
                .contains("Controle aan de deur: is deze vergunning geldig?").doesNotContain("Balie: vergunningen")
                .contains("Ingelogd als handhaver (GM0363)");
        assertThat(browser.sessiecookie()).as("session cookie").isPresent();
        assertThat(browser.sessiecookie().get().isHttpOnly()).isTrue();
        // The page session is no key to the API: there only a bearer token counts (a cookie is sent by itself: CSRF).
        var api = browser.get(URI.create(basis() + "/api/v1/vergunningen"), "application/json");
        assertThat(api.statusCode()).as("the API with only the page's session cookie").isEqualTo(401);
        assertThat(browser.get(URI.create(basis() + "/api/v1/vergunningen/GM0363-2026-000001/status"), "*/*").statusCode())
                .isEqualTo(401);

        var uit = browser.volg(URI.create(basis() + "/uitloggen"));
        assertThat(uit.uri().getPath()).isEqualTo("/uitgelogd");
        assertThat(uit.body()).contains("U bent uitgelogd").contains("href=\"/inloggen\"");
        assertThat(browser.get(URI.create(basis() + "/inloggen")).statusCode()).as("the session has ended").isEqualTo(302);
    }

    @Test
    void eenPaginaNeemtOokEenBearertokenVanDeApiAan() {
        String html = given().auth().oauth2(Tokens.voor("vergunningverlener", "GM0363")).accept("text/html")
                .when().get("/inloggen").then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("vergunningverlener").contains("GM0363").contains("Balie: vergunningen")
                .contains("Ingelogd als vergunningverlener (GM0363)");
    }

    @Test
    void eenOngeldigBearertokenOpEenPaginaIsEenHtml401GeenOmleiding() {
        given().redirects().follow(false).auth().oauth2("geen.geldig.token")
                .when().get("/inloggen").then().statusCode(401).contentType("text/html");
    }

    @Test
    void deApiBlijftBearerEnProbleemJson() {
        given().auth().oauth2(Tokens.voor("vergunningverlener", "GM0363")).when().get("/api/v1/gemeenten/GM0363")
                .then().statusCode(200).header("Content-Security-Policy", "frame-ancestors 'none'");
        given().redirects().follow(false).when().get("/api/v1/gemeenten/GM0363")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void paginasKrijgenDeStrengeCspEnFoutenAlsHtml() {
        given().when().get("/uitgelogd").then().statusCode(200).contentType("text/html")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("form-action 'self'"))
                .header("X-Frame-Options", "DENY").header("Cache-Control", "no-store");
        String html = given().accept("text/html").when().get("/balie/bestaat-niet").then().statusCode(404)
                .contentType("text/html").extract().asString();
        assertThat(html).contains("Pagina niet gevonden").doesNotContain("Exception").doesNotContain("problem");
        given().accept("text/html").when().get("/api/v1/bestaat-niet").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("text/html").when().get("/onbekend-adres").then().statusCode(404).contentType("text/html");
        given().when().get("/onbekend-adres").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eenPaginaVoorEenAndereRolZegtGeenToegangEnNoemtDeRol() {
        String html = given().auth().oauth2(Tokens.voor("vergunningverlener", "GM0363"))
                .when().get("/inloggen/proef-alleen-handhaver").then().statusCode(403).contentType("text/html")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'"))
                .extract().asString();
        assertThat(html).contains("Geen toegang").contains("handhaver of politie")
                .contains("Ingelogd als vergunningverlener (GM0363)").doesNotContain("Exception");
        given().auth().oauth2(Tokens.voor("handhaver", "GM0363")).when().get("/inloggen/proef-alleen-handhaver")
                .then().statusCode(200);
    }

    @Test
    void eenApi403BlijftProbleemJson() {
        given().auth().oauth2(Tokens.voor("handhaver", "GM0363"))
                .when().get("/api/v1/dataverwerkingen").then().statusCode(403).contentType("application/problem+json");
    }
}
