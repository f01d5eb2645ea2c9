package nl.sekswerkregister.vergunning;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VergunningWijzigenTest {

    static final String GM = Eigendom.gemeente(VergunningWijzigenTest.class);
    static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void wijzigenVraagtDeActueleEtag() {
        String nummer = Testdata.aanvraag(GM);
        String etag = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200).extract().header("ETag");

        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).contentType(MERGE_PATCH).body(Map.of("voorschriften", List.of("a")))
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(428).body("code", equalTo("if-match-vereist"));

        String bestaande = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then()
                .extract().path("beheerders[0].pseudoniem");
        String nieuweEtag = als(Rol.VERGUNNINGVERLENER, GM).header("If-Match", etag).contentType(MERGE_PATCH)
                .body(Map.of("voorschriften", List.of("Geen ramen aan de straatkant."), "beheerders",
                        List.of(Map.of("pseudoniem", bestaande), Testdata.beheerder())))
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(200)
                .body("voorschriften", equalTo(List.of("Geen ramen aan de straatkant.")))
                .body("beheerders[0].pseudoniem", equalTo(bestaande))
                .body("beheerders", org.hamcrest.Matchers.hasSize(2))
                .body("vestigingsadres.postcode", equalTo("1012DN"))
                .extract().header("ETag");
        assertThat(nieuweEtag).isNotEqualTo(etag);

        als(Rol.VERGUNNINGVERLENER, GM).header("If-Match", etag).contentType(MERGE_PATCH)
                .body(Map.of("voorschriften", List.of("b")))
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(412).body("code", equalTo("gewijzigd-door-ander"));
    }

    @Test
    void nietWijzigbareVeldenWordenGeweigerd() {
        String nummer = Testdata.aanvraag(GM);
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).header("If-Match", "\"0\"").contentType(MERGE_PATCH)
                .body(Map.of("bedrijfstype", "ESCORT"))
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("bedrijfstype")));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).header("If-Match", "\"0\"").contentType(MERGE_PATCH)
                .body("{\"vestigingsadres\": null}")
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("vestigingsadres")));
    }

    @Test
    void eenBeeindigdeVergunningIsNietMeerTeWijzigen() {
        String nummer = Testdata.aanvraag(GM);
        Testdata.neemBesluit(GM, nummer, "WEIGEREN");
        als(Rol.VERGUNNINGVERLENER, GM).header("If-Match", "\"1\"").contentType(MERGE_PATCH)
                .body(Map.of("voorschriften", List.of("x")))
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(409);
    }

    /** Many desks PATCH with the same ETag at once: exactly one wins, the rest get 412, the winner's change stays. */
    @Test
    void gelijktijdigeWijzigingenMetDezelfdeEtag() throws Exception {
        String nummer = Testdata.aanvraag(GM);
        String etag = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then().extract().header("ETag");
        int aantal = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        try {
            List<Future<Integer>> antwoorden = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                String voorschrift = "Voorschrift van bureau " + i;
                Callable<Integer> wijziging = () -> {
                    start.await();
                    return als(Rol.VERGUNNINGVERLENER, GM).header("If-Match", etag).contentType(MERGE_PATCH)
                            .body(Map.of("voorschriften", List.of(voorschrift)))
                            .patch("/api/v1/vergunningen/" + nummer).statusCode();
                };
                antwoorden.add(pool.submit(wijziging));
            }
            start.countDown();
            List<Integer> statussen = new ArrayList<>();
            for (Future<Integer> f : antwoorden) {
                statussen.add(f.get());
            }
            assertThat(statussen).containsOnly(200, 412);
            assertThat(statussen).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        List<String> opgeslagen = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer)
                .then().extract().path("voorschriften");
        assertThat(opgeslagen).hasSize(1);
        assertThat(opgeslagen.get(0)).startsWith("Voorschrift van bureau ");
    }
}
