package nl.sekswerkregister.verpakt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public map from the packaged service in the prod profile, with the researched reference rule
 * sets it loads there: the page renders, its script and stylesheet come from the service itself, and
 * its size is measured (printed, not asserted: speed and size are measured, never asserted).
 */
@ExtendWith(VerpakteDienst.class)
class LappendekenPaginaIT {

    @Test
    void deKaartKomtHeelUitDeDienstZelf() throws IOException {
        Response pagina = given().accept("text/html").get("/lappendeken");
        assertThat(pagina.statusCode()).isEqualTo(200);
        String html = pagina.asString();
        assertThat(Pattern.compile("data-gemeente=\"GM[0-9]{4}\" data-categorie=").matcher(html).results().count())
                .isEqualTo(342);
        assertThat(html).doesNotContain("http://cdn", "https://cdn", "<script>", "style=\"");
        assertThat(given().get("/static/kaart.css").then().statusCode(200).extract().contentType()).startsWith("text/css");
        given().get("/static/kaart.js").then().statusCode(200);
        ByteArrayOutputStream gezipt = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gezipt)) {
            gzip.write(html.getBytes(StandardCharsets.UTF_8));
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "verpakt", "lappendeken.html"), html);
        System.out.printf("lappendeken (prod, referentieregelsets): %d bytes, %d gzip, %d gemeenten met een waarde, "
                        + "%d conflictlijnen%n",
                html.getBytes(StandardCharsets.UTF_8).length, gezipt.size(),
                Pattern.compile("data-categorie=\"gezet:").matcher(html).results().count(),
                Pattern.compile("<g class=\"conflict ").matcher(html).results().count());
        // Without a session the desk's simulation sends the browser to log in at the identity provider.
        assertThat(given().accept("text/html").redirects().follow(false).get("/balie/simulatie").then().statusCode(302)
                .extract().header("Location")).startsWith(VerpakteDienst.identiteitsprovider().url() + "/authorize");
    }
}
