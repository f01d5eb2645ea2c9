package nl.sekswerkregister.pagina.start;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StartpaginaTest {

    @Test
    void deStartpaginaWijstNaarDePaginasEnHetContractZonderInloggen() {
        Response antwoord = given().accept("text/html").get("/");
        antwoord.then().statusCode(200).contentType("text/html");
        XmlPath html = antwoord.htmlPath();
        assertThat(html.getString("html.@lang")).isEqualTo("nl");
        assertThat(html.getString("html.head.title")).contains("Sekswerkregister");
        List<String> links = html.getList("**.findAll { it.name() == 'a' }.@href");
        assertThat(links).contains("#inhoud", "/lappendeken", "/deurcontrole", "/balie", "/api/v1/openapi.json");
        assertThat(html.getList("**.findAll { it.name() == 'link' }.@href")).containsExactly("/static/nlds.css", "/static/pagina.css");
    }

    @Test
    void deStijlEnLettertypenKomenVanDeDienstZelf() {
        given().get("/static/nlds.css").then().statusCode(200).contentType("text/css");
        given().get("/static/pagina.css").then().statusCode(200).contentType("text/css");
        String css = given().get("/static/nlds.css").asString();
        java.util.regex.Matcher font = java.util.regex.Pattern.compile("url\\((/static/fonts/[^)]+\\.woff2)\\)").matcher(css);
        int lettertypen = 0;
        while (font.find()) {
            given().get(font.group(1)).then().statusCode(200);
            lettertypen++;
        }
        assertThat(lettertypen).isGreaterThanOrEqualTo(2);
    }

    @Test
    void paginasEnHunStijlGaanGecomprimeerdOverDeLijnDeApiNiet() {
        // An officer at a door on a slow connection: the page and its stylesheet travel gzipped.
        given().header("Accept-Encoding", "gzip").accept("text/html").get("/").then()
                .statusCode(200).header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").get("/static/nlds.css").then()
                .statusCode(200).header("Content-Encoding", "gzip");
        // The API's JSON is left as it is.
        Response api = given().header("Accept-Encoding", "gzip").get("/api/v1/openbaar/regelsets");
        api.then().statusCode(200);
        assertThat(api.header("Content-Encoding")).isNull();
    }
}
