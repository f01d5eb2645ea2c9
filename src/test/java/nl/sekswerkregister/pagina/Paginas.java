package nl.sekswerkregister.pagina;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import nl.sekswerkregister.support.Tokens;

/** Calls of the HTML pages with an API bearer token (pages accept both it and the login's session). */
public final class Paginas {

    private Paginas() {
    }

    public static RequestSpecification als(String rol, String gemeenteCode) {
        return metToken(Tokens.voor(rol, gemeenteCode));
    }

    public static RequestSpecification metToken(String token) {
        return given().header("Authorization", "Bearer " + token).accept("text/html");
    }

    /** The values of an attribute in a page, in order (the pages' data-* hooks). */
    public static java.util.List<String> attribuut(String html, String naam) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + java.util.regex.Pattern.quote(naam)
                + "=\"([^\"]*)\"").matcher(html);
        java.util.List<String> waarden = new java.util.ArrayList<>();
        while (m.find()) {
            waarden.add(m.group(1));
        }
        return waarden;
    }

    /** The page's own content (its {@code <main>}), without the header that names who is logged in. */
    public static String inhoud(io.restassured.response.Response pagina) {
        String html = pagina.asString();
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    /** A browser without a session: redirects are not followed, so a test sees where it is sent. */
    public static RequestSpecification anoniem() {
        return given().accept("text/html").redirects().follow(false);
    }

    /** Sent to log in: the OIDC code flow's redirect to the identity provider (in tests the dev one). */
    public static void naarInloggen(io.restassured.response.Response antwoord) {
        org.assertj.core.api.Assertions.assertThat(antwoord.statusCode()).as("redirect to log in").isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(antwoord.header("Location")).contains("/dev-inlog/authorize");
    }
}
