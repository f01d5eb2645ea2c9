package nl.sekswerkregister.garanties;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Gelijktijdig;
import org.junit.jupiter.api.Test;

/** Retries are safe: Idempotency-Key on creating POSTs. */
@QuarkusTest
class IdempotentieTest {

    static final String GM = Eigendom.gemeente(IdempotentieTest.class);

    @Inject
    Database database;

    static Response maakExploitant(String sleutel, Map<String, Object> body) {
        return als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel).body(body).post("/api/v1/exploitanten");
    }

    @Test
    void eenHerhalingGeeftHetOorspronkelijkeAntwoordEnMaaktNietsAan() {
        String sleutel = UUID.randomUUID().toString();
        Map<String, Object> body = Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer());
        Response eerste = maakExploitant(sleutel, body);
        eerste.then().statusCode(201);
        long aantal = database.aantal("exploitant");

        Response herhaling = maakExploitant(sleutel, body);
        herhaling.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(herhaling.header("Location")).isEqualTo(eerste.header("Location"));
        assertThat(herhaling.header("ETag")).isEqualTo(eerste.header("ETag"));
        assertThat(herhaling.jsonPath().getMap("")).isEqualTo(eerste.jsonPath().getMap(""));
        assertThat(database.aantal("exploitant")).isEqualTo(aantal);
    }

    @Test
    void dezelfdeSleutelMetEenAndereBodyIs409() {
        String sleutel = UUID.randomUUID().toString();
        maakExploitant(sleutel, Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer())).then().statusCode(201);
        long aantal = database.aantal("exploitant");
        maakExploitant(sleutel, Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer())).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
        assertThat(database.aantal("exploitant")).isEqualTo(aantal);
    }

    @Test
    void eenMislukteAanvraagHoudtDeSleutelNietVast() {
        String sleutel = UUID.randomUUID().toString();
        Map<String, Object> fout = new HashMap<>(Testdata.exploitantAanmelding("123"));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).header("Idempotency-Key", sleutel).body(fout)
                .post("/api/v1/exploitanten").then().statusCode(400);
        maakExploitant(sleutel, Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer())).then().statusCode(201);
    }

    @Test
    void gelijktijdigeHerhalingenMakenEenVergunningaanvraag() throws Exception {
        String sleutel = UUID.randomUUID().toString();
        Map<String, Object> body = Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB");
        long aantal = database.aantal("vergunning");
        List<Callable<Response>> pogingen = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pogingen.add(() -> als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel).body(body)
                    .post("/api/v1/vergunningen"));
        }
        List<Response> antwoorden = Gelijktijdig.tegelijk(pogingen);
        assertThat(antwoorden).extracting(Response::statusCode).containsOnly(201);
        assertThat(antwoorden).extracting(r -> r.header("Location")).containsOnly(antwoorden.get(0).header("Location"));
        assertThat(database.aantal("vergunning")).isEqualTo(aantal + 1);
    }

    @Test
    void eenVerlopenSleutelGeldtAlsNieuwVerzoek() {
        String sleutel = UUID.randomUUID().toString();
        Map<String, Object> body = Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB");
        String eerste = als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel).body(body)
                .post("/api/v1/vergunningen").then().statusCode(201).extract().header("Location");
        database.voerUit("update idempotentie set aangemaakt_op = aangemaakt_op - interval '25 hours' where sleutel = ?", sleutel);
        String tweede = als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel).body(body)
                .post("/api/v1/vergunningen").then().statusCode(201).extract().header("Location");
        assertThat(tweede).isNotEqualTo(eerste);
    }

    @Test
    void eenOngeldigeSleutelIs400() {
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).header("Idempotency-Key", "met spaties en ; tekens")
                .body(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer())).post("/api/v1/exploitanten")
                .then().statusCode(400).body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("Idempotency-Key"));
    }
}
