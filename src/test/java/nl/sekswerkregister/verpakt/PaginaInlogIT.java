package nl.sekswerkregister.verpakt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import nl.sekswerkregister.support.Browsersessie;
import nl.sekswerkregister.support.TestIdentiteitsprovider;
import nl.sekswerkregister.support.Tokens;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages' login of the packaged service in its prod profile, configured by environment only, against an
 * identity provider outside it ({@link TestIdentiteitsprovider}): the OIDC code flow by redirects and cookies as a
 * browser follows them, the production session cookie, logout at the IdP, and the API's bearer tokens beside it.
 */
@ExtendWith(VerpakteDienst.class)
class PaginaInlogIT {

    private static URI dienst(String pad) {
        return URI.create("http://127.0.0.1:" + VerpakteDienst.apiPoort() + pad);
    }

    @Test
    void eenHandhaverLogtInViaDeCodeFlowZiet_inloggenEnLogtWeerUit() throws Exception {
        TestIdentiteitsprovider idp = VerpakteDienst.identiteitsprovider();
        idp.volgendeAanmelding("handhaver-it-1", "handhaver", "GM0363");
        Browsersessie browser = new Browsersessie();

        HttpResponse<String> naarIdp = browser.get(dienst("/inloggen"));
        assertThat(naarIdp.statusCode()).isEqualTo(302);
        URI authorize = URI.create(naarIdp.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(idp.url() + "/authorize");

        HttpResponse<String> metCode = browser.get(authorize);
        assertThat(metCode.statusCode()).isEqualTo(302);
        HttpResponse<String> terug = browser.get(URI.create(metCode.headers().firstValue("Location").orElseThrow()));
        assertThat(terug.statusCode()).as("the code is exchanged, then the address is cleaned").isEqualTo(302);
        List<String> koekjes = terug.headers().allValues("Set-Cookie");
        assertThat(koekjes).filteredOn(c -> c.startsWith(Browsersessie.SESSIECOOKIE)).singleElement().asString()
                .containsIgnoringCase("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> pagina = browser.volg(dienst("/inloggen"));
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("U bent ingelogd").contains("handhaver").contains("GM0363")
                .contains("Ingelogd als handhaver (GM0363)");
        assertThat(pagina.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(browser.get(dienst("/api/v1/vergunningen"), "application/json").statusCode())
                .as("the page's session cookie is no credential for the API").isEqualTo(401);

        int uitloggingen = idp.aantalUitloggingen();
        HttpResponse<String> uit = browser.volg(dienst("/uitloggen"));
        assertThat(uit.uri().getPath()).isEqualTo("/uitgelogd");
        assertThat(uit.body()).contains("U bent uitgelogd");
        assertThat(idp.aantalUitloggingen()).as("RP-initiated logout at the IdP").isEqualTo(uitloggingen + 1);
        assertThat(browser.get(dienst("/inloggen")).statusCode()).as("the session is gone").isEqualTo(302);
    }

    @Test
    void deApiEnDePaginasNemenBearertokensAan() {
        given().auth().oauth2(Tokens.voor("handhaver", "GM0363")).when().get("/api/v1/gemeenten/GM0363")
                .then().statusCode(200);
        String html = given().auth().oauth2(Tokens.voor("vergunningverlener", "GM0363")).when().get("/inloggen")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("vergunningverlener").contains("GM0363");
    }

    @Test
    void deDevIdentityProviderZitNietInDeVerpakteDienst() {
        given().when().get("/dev-inlog/.well-known/openid-configuration").then().statusCode(404);
        given().when().get("/dev-inlog/authorize").then().statusCode(404);
    }
}
