package nl.sekswerkregister.vestiging;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Police vice units look premises up in the municipalities of their unit (claim politieEenheid), not
 * elsewhere, and never a home worker's premises; they check any licence's status by number.
 */
@QuarkusTest
class PolitieVestigingenTest {

    static final String GM = Eigendom.gemeenten(PolitieVestigingenTest.class, 1).get(0);
    static final long ZAAD = System.nanoTime();
    static final SplittableRandom TOEVAL = new SplittableRandom(ZAAD);

    @Test
    void dePolitieZietDeVestigingenVanHaarEenheid() {
        String eenheid = als(Rol.AUDITOR).get("/api/v1/gemeenten/" + GM).then().statusCode(200)
                .extract().path("politieEenheid");
        String andere = eenheid.equals("Limburg") ? "Noord-Nederland" : "Limburg";
        Map<String, Object> adres = uniekAdres();
        String nummer = aanvraag("CLUB", adres);
        String vestiging = vestigingVan(nummer);

        zoek(politie(eenheid), adres).body("resultaten.vestigingId", hasItem(vestiging))
                .body("resultaten[0].vergunningen.vergunningnummer", hasItem(nummer));
        politie(eenheid).get("/api/v1/vestigingen/" + vestiging).then().statusCode(200).body("gemeenteCode", equalTo(GM));
        zoek(politie(andere), adres).body("resultaten", empty());
        politie(andere).get("/api/v1/vestigingen/" + vestiging).then().statusCode(404);

        // The status check is national, by number.
        politie(andere).get("/api/v1/vergunningen/" + nummer + "/status").then().statusCode(200)
                .body("vergunningnummer", equalTo(nummer));
        // Without a unit, or as a municipal role's claim only, there is no reach.
        doel(metToken(Tokens.voor(Rol.POLITIE, GM))).queryParam("kvkNummer", "12345678").get("/api/v1/vestigingen")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
    }

    @Test
    void eenThuiswerkadresZietDePolitieNiet() {
        String eenheid = als(Rol.AUDITOR).get("/api/v1/gemeenten/" + GM).then().statusCode(200)
                .extract().path("politieEenheid");
        Map<String, Object> adres = uniekAdres();
        String thuiswerk = vestigingVan(aanvraag("THUISWERK", adres));
        zoek(politie(eenheid), adres).body("resultaten.vestigingId", not(hasItem(thuiswerk)));
        politie(eenheid).get("/api/v1/vestigingen/" + thuiswerk).then().statusCode(404);
        // The municipality's own officers do see it.
        zoek(doel(als(Rol.HANDHAVER, GM)), adres).body("resultaten.vestigingId", hasItem(thuiswerk));

        // Premises with a club and a home worker: the police see the club, not the THUISWERK licence.
        Map<String, Object> gedeeld = uniekAdres();
        String club = aanvraag("CLUB", gedeeld);
        aanvraag("THUISWERK", gedeeld);
        zoek(politie(eenheid), gedeeld).body("resultaten[0].vergunningen.vergunningnummer", equalTo(List.of(club)));
    }

    private static io.restassured.response.ValidatableResponse zoek(RequestSpecification spec, Map<String, Object> adres) {
        return spec.queryParam("postcode", adres.get("postcode")).queryParam("huisnummer", adres.get("huisnummer"))
                .get("/api/v1/vestigingen").then().statusCode(200);
    }

    private static RequestSpecification politie(String eenheid) {
        return doel(metToken(Tokens.metRegio(Rol.POLITIE, "politieEenheid", eenheid)));
    }

    private static RequestSpecification doel(RequestSpecification s) {
        return s.header("X-Doelbinding", "Politietest").header("X-Verwerkingsactiviteit", "Controle ter plaatse");
    }

    private static String aanvraag(String type, Map<String, Object> adres) {
        Map<String, Object> body = new HashMap<>(Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), type));
        body.put("vestigingsadres", adres);
        return als(Rol.VERGUNNINGVERLENER, GM).body(body).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
    }

    private static String vestigingVan(String nummer) {
        String href = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200).extract().path("_links.vestiging.href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> uniekAdres() {
        return Testdata.uniekAdres(TOEVAL, "Politiestraat");
    }
}
