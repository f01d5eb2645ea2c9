package nl.sekswerkregister.vergunning;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Gelijktijdig;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/** A change of a granted licence's managers is a decision after a conduct check, with its own history. */
@QuarkusTest
class BeheerderwijzigingTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(BeheerderwijzigingTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);

    @Inject
    Database database;

    static String pad(String nummer) {
        return "/api/v1/vergunningen/" + nummer + "/beheerderwijzigingen";
    }

    static List<String> beheerders(String nummer) {
        return als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then().statusCode(200)
                .extract().path("beheerders.pseudoniem");
    }

    static Response vraagAan(String nummer, Object body) {
        return als(Rol.VERGUNNINGVERLENER, GM).body(body).post(pad(nummer));
    }

    static Response beslis(String wijziging, String uitkomst) {
        return als(Rol.VERGUNNINGVERLENER, GM).body(Testdata.beheerderwijzigingBesluit(uitkomst)).post(wijziging + "/besluit");
    }

    @Test
    void goedkeuringVervangtDeBeheerderNaEenToetsEnDeGeschiedenisBlijft() {
        String nummer = Testdata.verleend(GM);
        String oud = beheerders(nummer).get(0);
        String etag = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).header("ETag");
        String bsn = Personen.bsn();
        Response aangevraagd = vraagAan(nummer, Map.of("toevoegen", List.of(Map.of("identificatie", Personen.metBsn(bsn))),
                "verwijderen", List.of(oud)));
        aangevraagd.then().statusCode(201).body("status", equalTo("AANGEVRAAGD")).body("toevoegen", hasSize(1))
                .body("verwijderen[0].pseudoniem", equalTo(oud)).body("besluit", nullValue());
        assertThat(aangevraagd.asString()).doesNotContain(bsn);
        String wijziging = aangevraagd.header("Location");
        String nieuw = aangevraagd.path("toevoegen[0].pseudoniem");
        // Requested is not decided: the licence still has its manager.
        assertThat(beheerders(nummer)).containsExactly(oud);

        beslis(wijziging, "GOEDGEKEURD").then().statusCode(201).body("status", equalTo("GOEDGEKEURD"))
                .body("besluit.uitkomst", equalTo("GOEDGEKEURD")).body("besluit.toets.soort", equalTo("VOG"));
        assertThat(beheerders(nummer)).containsExactly(nieuw);
        String etagNa = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).header("ETag");
        assertThat(etagNa).as("the licence changed, so its version").isNotEqualTo(etag);
        // An edit made on what was read before the decision is stale.
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("voorschriften", List.of("Nieuw voorschrift"))).patch("/api/v1/vergunningen/" + nummer)
                .then().statusCode(412);

        als(Rol.HANDHAVER, GM).get(pad(nummer)).then().statusCode(200).body("resultaten", hasSize(1))
                .body("resultaten[0].status", equalTo("GOEDGEKEURD"));
        als(Rol.AUDITOR).get(wijziging).then().statusCode(200).body("besluit.motivering", containsString("levensgedrag"));
        ongeldig(als(Rol.VERGUNNINGVERLENER, ANDERE)).get(wijziging).then().statusCode(403);
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ? and type = ?", nummer,
                Gebeurtenistype.VERGUNNING_BEHEERDERWIJZIGING_BESLOTEN.type())).isEqualTo(1);
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ? and inhoud like ?", nummer,
                "%" + nieuw.substring(0, 16) + "%")).as("no pseudonym in an event").isZero();
        // Never the identifier: only pseudonyms are kept with the request.
        assertThat(database.getal("select count(*) from beheerderwijziging where array_to_string(toevoegen, ',') like ?",
                "%" + bsn + "%")).isZero();
    }

    @Test
    void afwijzingLaatDeVergunningOngemoeidEnEenTweedeBesluitIsEenConflict() {
        String nummer = Testdata.verleend(GM);
        List<String> voor = beheerders(nummer);
        String wijziging = Testdata.beheerderwijziging(GM, nummer);
        beslis(wijziging, "AFGEWEZEN").then().statusCode(201).body("status", equalTo("AFGEWEZEN"));
        assertThat(beheerders(nummer)).isEqualTo(voor);
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Testdata.beheerderwijzigingBesluit("GOEDGEKEURD"))
                .post(wijziging + "/besluit").then().statusCode(409).body("detail", containsString("al besloten"));
        assertThat(beheerders(nummer)).isEqualTo(voor);
    }

    @Test
    void ongeldigeWijzigingenNoemenHetVeld() {
        String nummer = Testdata.verleend(GM);
        String enige = beheerders(nummer).get(0);
        long voor = database.aantal("beheerderwijziging");
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of()).post(pad(nummer)).then().statusCode(400)
                .body("invalidParams.name", hasItem("toevoegen"));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("verwijderen", List.of(enige))).post(pad(nummer))
                .then().statusCode(400).body("invalidParams.name", hasItem("verwijderen"))
                .body("invalidParams.code", hasItem("laatste-beheerder"));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("verwijderen", List.of("0".repeat(64)))).post(pad(nummer))
                .then().statusCode(400).body("invalidParams.name", hasItem("verwijderen[0]"));
        assertThat(database.aantal("beheerderwijziging")).isEqualTo(voor);
        // A decision resting on a check still to come.
        String wijziging = Testdata.beheerderwijziging(GM, nummer);
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("uitkomst", "GOEDGEKEURD", "motivering", "Na de toets.",
                        "toets", Map.of("soort", "BIBOB", "uitgevoerdOp", vandaag().plusDays(1).toString())))
                .post(wijziging + "/besluit").then().statusCode(400).body("invalidParams.name", hasItem("toets.uitgevoerdOp"));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).get(pad(nummer) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void eenAanvraagWijzigtZijnBeheerdersMetPatchEenVerleendeVergunningNiet() {
        String aanvraag = Testdata.aanvraag(GM);
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("toevoegen", List.of(Testdata.beheerder())))
                .post(pad(aanvraag)).then().statusCode(409).body("detail", containsString("PATCH"));
        patch(aanvraag, Map.of("beheerders", List.of(Testdata.beheerder()))).then().statusCode(200);

        String verleend = Testdata.verleend(GM);
        String beheerder = beheerders(verleend).get(0);
        patch(verleend, Map.of("beheerders", List.of(Testdata.beheerder())), true).then().statusCode(409)
                .body("detail", containsString("/beheerderwijzigingen"));
        // Giving the managers back unchanged, with other corrections, is still an edit.
        patch(verleend, Map.of("beheerders", List.of(Map.of("pseudoniem", beheerder)), "voorschriften",
                List.of("Geopend tot 02:00 uur."))).then().statusCode(200);
        assertThat(beheerders(verleend)).containsExactly(beheerder);
    }

    /**
     * Two requests that each remove a different one of the licence's two managers, approved at once: each
     * alone leaves a manager, both together none. The licence's row lock makes the second see the first (409).
     */
    @Test
    void tweeGoedkeuringenTegelijkLatenAltijdEenBeheerderOver() throws Exception {
        for (int ronde = 0; ronde < 3; ronde++) {
            String nummer = Testdata.verleend(GM);
            String eerste = beheerders(nummer).get(0);
            String tweedePad = Testdata.beheerderwijziging(GM, nummer);
            beslis(tweedePad, "GOEDGEKEURD").then().statusCode(201);
            List<String> twee = beheerders(nummer);
            assertThat(twee).hasSize(2);
            List<String> wijzigingen = new ArrayList<>();
            for (String weg : twee) {
                wijzigingen.add(vraagAan(nummer, Map.of("verwijderen", List.of(weg))).then().statusCode(201)
                        .extract().header("Location"));
            }
            List<Callable<Integer>> tegelijk = wijzigingen.stream().<Callable<Integer>>map(w ->
                    () -> beslis(w, "GOEDGEKEURD").statusCode()).toList();
            List<Integer> uitkomst = Gelijktijdig.tegelijk(tegelijk);
            assertThat(uitkomst).containsExactlyInAnyOrder(201, 409);
            assertThat(beheerders(nummer)).hasSize(1).isSubsetOf(twee);
            assertThat(eerste).isIn(twee);
        }
        // And one request approved twice at once: one decision.
        String nummer = Testdata.verleend(GM);
        String wijziging = Testdata.beheerderwijziging(GM, nummer);
        List<Integer> uitkomst = Gelijktijdig.tegelijk(List.<Callable<Integer>>of(
                () -> beslis(wijziging, "GOEDGEKEURD").statusCode(), () -> beslis(wijziging, "AFGEWEZEN").statusCode()));
        assertThat(uitkomst).containsExactlyInAnyOrder(201, 409);
        assertThat(database.getal("select count(*) from beheerderwijziging_besluit where wijziging_id = ?::uuid",
                wijziging.substring(wijziging.lastIndexOf('/') + 1))).isEqualTo(1);
    }

    @Test
    void eenHerhaaldBesluitMetDezelfdeSleutelIsHetZelfdeBesluit() {
        String nummer = Testdata.verleend(GM);
        String wijziging = Testdata.beheerderwijziging(GM, nummer);
        String sleutel = UUID.randomUUID().toString();
        Response eerste = als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel)
                .body(Testdata.beheerderwijzigingBesluit("GOEDGEKEURD")).post(wijziging + "/besluit");
        eerste.then().statusCode(201);
        als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel)
                .body(Testdata.beheerderwijzigingBesluit("GOEDGEKEURD")).post(wijziging + "/besluit")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("besluit.genomenOp", equalTo(eerste.path("besluit.genomenOp")));
        assertThat(beheerders(nummer)).hasSize(2).doesNotHaveDuplicates();
        als(Rol.VERGUNNINGVERLENER, GM).get(pad(nummer)).then().body("resultaten", hasSize(1))
                .body("resultaten.status", not(hasItem("AANGEVRAAGD")));
    }

    static Response patch(String nummer, Map<String, Object> body) {
        return patch(nummer, body, false);
    }

    static Response patch(String nummer, Map<String, Object> body, boolean geweigerd) {
        String etag = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).header("ETag");
        var spec = als(Rol.VERGUNNINGVERLENER, GM);
        return (geweigerd ? ongeldig(spec) : spec).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(body).patch("/api/v1/vergunningen/" + nummer);
    }
}
