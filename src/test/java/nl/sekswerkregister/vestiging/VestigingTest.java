package nl.sekswerkregister.vestiging;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * Premises: made from a licence's address, shared by licences at one door, looked up by enforcement
 * of the own municipality only, and the status check that shows (or, for a home worker, only
 * compares) the address.
 */
@QuarkusTest
class VestigingTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(VestigingTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    // A door of its own per run: the test database outlives runs, and national lookups see every municipality.
    static final long ZAAD = System.nanoTime();
    static final SplittableRandom TOEVAL = new SplittableRandom(ZAAD);

    @Inject
    Database database;

    @Test
    void tweeVergunningenOpEenAdresDelenEenVestiging() {
        Map<String, Object> adres = uniekAdres();
        Map<String, Object> metKleineLetter = new HashMap<>(adres);
        metKleineLetter.put("huisletter", "b");
        Map<String, Object> metHoofdletter = new HashMap<>(adres);
        metHoofdletter.put("huisletter", "B");
        metHoofdletter.put("straatnaam", "Anders Gespelde Straat");
        String eerste = vestigingVan(aanvraag(GM, "CLUB", metKleineLetter));
        String tweede = vestigingVan(aanvraag(GM, "MASSAGESALON", metHoofdletter));
        assertThat(tweede).as("zaad " + ZAAD).isEqualTo(eerste);
        // The same door in another municipality is other premises.
        assertThat(vestigingVan(aanvraag(ANDERE, "CLUB", metHoofdletter))).isNotEqualTo(eerste);
        // Without the letter it is another door.
        assertThat(vestigingVan(aanvraag(GM, "CLUB", adres))).isNotEqualTo(eerste);
        assertThat(database.tekst("select aangemaakt_rol from vestiging where id = ?", UUID.fromString(eerste)))
                .isEqualTo(Rol.VERGUNNINGVERLENER);
    }

    @Test
    void gelijktijdigeAanvragenVoorEenDeurDelenEenVestiging() throws Exception {
        Map<String, Object> adres = uniekAdres();
        String exploitant = Testdata.exploitant(GM);
        List<java.util.concurrent.Callable<String>> aanvragen = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            aanvragen.add(() -> aanvraag(GM, exploitant, "CLUB", adres));
        }
        List<String> nummers = nl.sekswerkregister.support.Gelijktijdig.tegelijk(aanvragen);
        assertThat(nummers.stream().map(VestigingTest::vestigingVan).distinct()).as("zaad " + ZAAD).hasSize(1);
    }

    @Test
    void zoekenOpAdresGeeftDeVergunningenMetHunStatus() {
        Map<String, Object> adres = uniekAdres();
        String exploitant = Testdata.exploitant(GM);
        String verleend = verleen(aanvraag(GM, exploitant, "CLUB", adres));
        String aangevraagd = aanvraag(GM, exploitant, "MASSAGESALON", adres);

        JsonPath antwoord = doel(als(Rol.HANDHAVER, GM)).queryParam("postcode", postcodeMetSpatie(adres))
                .queryParam("huisnummer", adres.get("huisnummer")).get("/api/v1/vestigingen")
                .then().statusCode(200).extract().jsonPath();
        assertThat(antwoord.getList("resultaten")).hasSize(1);
        assertThat(antwoord.getString("resultaten[0].postcode")).isEqualTo(adres.get("postcode"));
        assertThat(antwoord.getString("resultaten[0].gemeenteCode")).isEqualTo(GM);
        assertThat(antwoord.getList("resultaten[0].vergunningen.vergunningnummer")).containsExactly(verleend, aangevraagd);
        assertThat(antwoord.getList("resultaten[0].vergunningen.status")).containsExactly("GELDIG", "NIET_VERLEEND");
        assertThat(antwoord.getString("resultaten[0]._links.self.href"))
                .isEqualTo("/api/v1/vestigingen/" + antwoord.getString("resultaten[0].vestigingId"));

        // By the operator's KvK number: the same premises.
        String kvk = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/exploitanten/" + exploitant).then().extract().path("kvkNummer");
        doel(als(Rol.BELEIDSMEDEWERKER, GM)).queryParam("kvkNummer", kvk).get("/api/v1/vestigingen")
                .then().statusCode(200)
                .body("resultaten.vestigingId", contains(antwoord.getString("resultaten[0].vestigingId")))
                .body("resultaten[0].vergunningen.vergunningnummer", contains(verleend, aangevraagd));

        // One page at a time, as every list.
        doel(als(Rol.HANDHAVER, GM)).queryParam("kvkNummer", kvk).queryParam("pageSize", 1).get("/api/v1/vestigingen")
                .then().statusCode(200).body("_links.next", nullValue());
    }

    @Test
    void eenAndereGemeenteVindtNietsEnKrijgt404() {
        Map<String, Object> adres = uniekAdres();
        String vestiging = vestigingVan(aanvraag(GM, "CLUB", adres));
        doel(als(Rol.HANDHAVER, ANDERE)).queryParam("postcode", adres.get("postcode"))
                .queryParam("huisnummer", adres.get("huisnummer")).get("/api/v1/vestigingen")
                .then().statusCode(200).body("resultaten", empty());
        doel(als(Rol.HANDHAVER, ANDERE)).get("/api/v1/vestigingen/" + vestiging)
                .then().statusCode(404).body("code", equalTo("niet-gevonden"));
        doel(als(Rol.HANDHAVER, GM)).get("/api/v1/vestigingen/" + vestiging)
                .then().statusCode(200).body("vestigingId", equalTo(vestiging));
        doel(als(Rol.LANDELIJK_BEHEERDER)).get("/api/v1/vestigingen/" + vestiging).then().statusCode(200);
    }

    @Test
    void landelijkZietNiemandHetThuisVanEenThuiswerker() {
        Map<String, Object> adres = uniekAdres();
        String vestiging = vestigingVan(aanvraag(GM, "THUISWERK", adres));
        for (String rol : List.of(Rol.LANDELIJK_BEHEERDER, Rol.AUDITOR)) {
            doel(als(rol)).queryParam("postcode", adres.get("postcode")).queryParam("huisnummer", adres.get("huisnummer"))
                    .get("/api/v1/vestigingen").then().statusCode(200).body("resultaten", empty());
            doel(als(rol)).get("/api/v1/vestigingen/" + vestiging).then().statusCode(404);
        }
        // The municipality that licensed it sees it: it holds the address in the licence anyway.
        doel(als(Rol.HANDHAVER, GM)).get("/api/v1/vestigingen/" + vestiging).then().statusCode(200)
                .body("vergunningen.bedrijfstype", contains("THUISWERK"));
    }

    @Test
    void elkeZoekvraagStaatInHetLogboek() {
        Map<String, Object> adres = uniekAdres();
        String vestiging = vestigingVan(aanvraag(GM, "CLUB", adres));
        String doel = "Vestigingtest " + ZAAD;
        als(Rol.HANDHAVER, GM).header("X-Doelbinding", doel).header("X-Verwerkingsactiviteit", "Controle ter plaatse")
                .queryParam("postcode", adres.get("postcode")).queryParam("huisnummer", adres.get("huisnummer"))
                .get("/api/v1/vestigingen").then().statusCode(200);
        als(Rol.HANDHAVER, GM).header("X-Doelbinding", doel).header("X-Verwerkingsactiviteit", "Controle ter plaatse")
                .get("/api/v1/vestigingen/" + vestiging).then().statusCode(200);
        als(Rol.HANDHAVER, ANDERE).header("X-Doelbinding", doel).header("X-Verwerkingsactiviteit", "Controle ter plaatse")
                .get("/api/v1/vestigingen/" + vestiging).then().statusCode(404);
        assertThat(database.rijen("select operatie || '/' || status from dataverwerking where doelbinding = '"
                + doel + "' order by operatie, status").stream().map(r -> r[0]).toList())
                .containsExactly("vestiging.raadplegen/FOUT", "vestiging.raadplegen/OK", "vestiging.zoeken/OK");
        // Without a purpose nothing is looked up.
        ongeldig(als(Rol.HANDHAVER, GM)).queryParam("kvkNummer", "12345678").get("/api/v1/vestigingen")
                .then().statusCode(400).body("invalidParams.name", hasItem("X-Doelbinding"));
    }

    @Test
    void ongeldigAdresGeeft400MetDeVeldnaamZonderDeWaarde() {
        var antwoord = doel(ongeldig(als(Rol.HANDHAVER, GM))).queryParam("postcode", "0012QQ")
                .queryParam("huisnummer", "100000").queryParam("huisletter", "QZ").get("/api/v1/vestigingen")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("postcode", "huisnummer", "huisletter"))
                .extract().asString();
        assertThat(antwoord).doesNotContain("0012QQ").doesNotContain("100000").doesNotContain("QZ");
        doel(ongeldig(als(Rol.HANDHAVER, GM))).queryParam("huisletter", "A").get("/api/v1/vestigingen")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("postcode", "huisnummer"));
        doel(ongeldig(als(Rol.HANDHAVER, GM))).get("/api/v1/vestigingen")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("postcode", "kvkNummer"))
                .body("invalidParams.code", contains("een-van", "een-van"));
        doel(ongeldig(als(Rol.HANDHAVER, GM))).queryParam("postcode", "1012AB").queryParam("huisnummer", 1)
                .queryParam("kvkNummer", "12345678").get("/api/v1/vestigingen")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("postcode", "kvkNummer"));
        doel(ongeldig(als(Rol.HANDHAVER, GM))).queryParam("kvkNummer", "1234567X").get("/api/v1/vestigingen")
                .then().statusCode(400).body("invalidParams.name", contains("kvkNummer"));
        doel(ongeldig(als(Rol.HANDHAVER, GM))).get("/api/v1/vestigingen/geen-uuid")
                .then().statusCode(400).body("invalidParams.name", contains("vestigingId"));
        ongeldig(als(Rol.HANDHAVER, GM)).queryParam("postcode", "1012 A B").queryParam("huisnummer", "٥")
                .get("/api/v1/vergunningen/" + Testdata.aanvraag(GM) + "/status")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("postcode", "huisnummer"));
    }

    @Test
    void eenAanvraagToontGeenAdres_deVergelijkingWerktWel() {
        // An application is not yet a public decision: its premises are not announced to whoever has
        // the number, but the officer at that door still learns whether the number belongs there.
        Map<String, Object> adres = uniekAdres();
        String aanvraag = aanvraag(GM, "CLUB", adres);
        als(Rol.HANDHAVER, ANDERE).get("/api/v1/vergunningen/" + aanvraag + "/status")
                .then().statusCode(200).body("status", equalTo("NIET_VERLEEND"))
                .body("$", not(org.hamcrest.Matchers.hasKey("vestigingsadres")))
                .body("_links", not(org.hamcrest.Matchers.hasKey("vestiging")));
        doel(als(Rol.HANDHAVER, ANDERE)).queryParam("postcode", adres.get("postcode")).queryParam("huisnummer", adres.get("huisnummer"))
                .get("/api/v1/vergunningen/" + aanvraag + "/status")
                .then().statusCode(200).body("adresKomtOvereen", equalTo(true));
        als(Rol.HANDHAVER, ANDERE).get("/api/v1/vergunningen/" + verleen(aanvraag) + "/status")
                .then().statusCode(200).body("vestigingsadres.postcode", equalTo(adres.get("postcode")));
    }

    @Test
    void statuscontroleToontHetAdresVanEenClubMaarNietVanEenThuiswerker() {
        Map<String, Object> adres = uniekAdres();
        adres.put("huisnummertoevoeging", "2h");
        String club = verleen(aanvraag(GM, "CLUB", adres));
        String thuis = verleen(aanvraag(GM, "THUISWERK", adres));
        String vestiging = vestigingVan(club);

        JsonPath clubAntwoord = als(Rol.HANDHAVER, ANDERE).get("/api/v1/vergunningen/" + club + "/status")
                .then().statusCode(200).extract().jsonPath();
        assertThat(clubAntwoord.getString("vestigingsadres.postcode")).isEqualTo(adres.get("postcode"));
        assertThat(clubAntwoord.getInt("vestigingsadres.huisnummer")).isEqualTo(adres.get("huisnummer"));
        assertThat(clubAntwoord.getString("_links.vestiging.href")).isEqualTo("/api/v1/vestigingen/" + vestiging);
        assertThat(clubAntwoord.getMap("")).doesNotContainKey("adresKomtOvereen");

        als(Rol.HANDHAVER, ANDERE).get("/api/v1/vergunningen/" + thuis + "/status")
                .then().statusCode(200).body("status", equalTo("GELDIG"))
                .body("$", not(org.hamcrest.Matchers.hasKey("vestigingsadres")))
                .body("_links", not(org.hamcrest.Matchers.hasKey("vestiging")))
                .body("$", not(org.hamcrest.Matchers.hasKey("adresKomtOvereen")));

        for (String nummer : List.of(club, thuis)) {
            // The address at the door, as an officer types it: case and a space forgiven.
            doel(als(Rol.HANDHAVER, ANDERE)).queryParam("postcode", postcodeMetSpatie(adres))
                    .queryParam("huisnummer", adres.get("huisnummer")).queryParam("huisnummertoevoeging", "2H")
                    .get("/api/v1/vergunningen/" + nummer + "/status")
                    .then().statusCode(200).body("adresKomtOvereen", equalTo(true));
            // The number next door, or the same number without its addition: another door.
            doel(als(Rol.HANDHAVER, ANDERE)).queryParam("postcode", adres.get("postcode"))
                    .queryParam("huisnummer", ((int) adres.get("huisnummer")) + 1).queryParam("huisnummertoevoeging", "2H")
                    .get("/api/v1/vergunningen/" + nummer + "/status")
                    .then().statusCode(200).body("adresKomtOvereen", equalTo(false));
            doel(als(Rol.HANDHAVER, ANDERE)).queryParam("postcode", adres.get("postcode"))
                    .queryParam("huisnummer", adres.get("huisnummer"))
                    .get("/api/v1/vergunningen/" + nummer + "/status")
                    .then().statusCode(200).body("adresKomtOvereen", equalTo(false));
        }
    }

    @Test
    void eenControleMetAdresIsEenBlikOpEenPlek_metDoelEnInHetLogboek() {
        // The comparison works for a home worker's licence too, so trying addresses against a number
        // would find where they live: such a check needs a purpose and is logged, the plain one is not.
        Map<String, Object> adres = uniekAdres();
        String nummer = verleen(aanvraag(GM, "THUISWERK", adres));
        String doelbinding = "Deurcontrole " + java.util.UUID.randomUUID().toString().substring(0, 8);
        ongeldig(als(Rol.HANDHAVER, ANDERE)).queryParam("postcode", adres.get("postcode"))
                .queryParam("huisnummer", adres.get("huisnummer")).get("/api/v1/vergunningen/" + nummer + "/status")
                .then().statusCode(400).body("invalidParams.name", hasItem("X-Doelbinding"));
        als(Rol.HANDHAVER, ANDERE).header("X-Doelbinding", doelbinding).header("X-Verwerkingsactiviteit", "Controle ter plaatse")
                .queryParam("postcode", adres.get("postcode")).queryParam("huisnummer", adres.get("huisnummer"))
                .get("/api/v1/vergunningen/" + nummer + "/status").then().statusCode(200).body("adresKomtOvereen", equalTo(true));
        als(Rol.HANDHAVER, ANDERE).header("X-Doelbinding", doelbinding).header("X-Verwerkingsactiviteit", "Controle ter plaatse")
                .queryParam("postcode", adres.get("postcode")).queryParam("huisnummer", adres.get("huisnummer"))
                .get("/api/v1/vergunningen/GM0000-2000-999999/status").then().statusCode(404);
        als(Rol.HANDHAVER, ANDERE).header("X-Doelbinding", doelbinding).header("X-Verwerkingsactiviteit", "Controle ter plaatse")
                .get("/api/v1/vergunningen/" + nummer + "/status").then().statusCode(200);
        // Without an address the purpose may be left out, but what is sent must be well-formed.
        ongeldig(als(Rol.HANDHAVER, ANDERE)).header("X-Doelbinding", "!")
                .get("/api/v1/vergunningen/" + nummer + "/status").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.contains("X-Doelbinding"));
        assertThat(database.rijen("select operatie || '/' || status from dataverwerking where doelbinding = '"
                + doelbinding + "' order by status").stream().map(r -> r[0]).toList())
                .containsExactly("vergunning.adrescontrole/FOUT", "vergunning.adrescontrole/OK");
    }

    @Test
    void eenAdreswijzigingVerhuistNaarEenAndereVestiging() {
        String nummer = aanvraag(GM, "CLUB", uniekAdres());
        String oud = vestigingVan(nummer);
        String etag = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then().extract().header("ETag");
        String nieuw = als(Rol.VERGUNNINGVERLENER, GM).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("vestigingsadres", uniekAdres())).patch("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200).extract().path("_links.vestiging.href");
        assertThat(nieuw).isNotEqualTo("/api/v1/vestigingen/" + oud);
        // The old premises stay, with no licence left at them: a place has a history.
        doel(als(Rol.HANDHAVER, GM)).get("/api/v1/vestigingen/" + oud).then().statusCode(200)
                .body("vergunningen", empty());
    }

    @Test
    void eenHerhaaldeAanvraagMaaktGeenTweedeVestiging() {
        Map<String, Object> adres = uniekAdres();
        Map<String, Object> body = Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB");
        body = new HashMap<>(body);
        body.put("vestigingsadres", adres);
        String sleutel = UUID.randomUUID().toString();
        String eerste = als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel).body(body)
                .post("/api/v1/vergunningen").then().statusCode(201).extract().asString();
        var herhaling = als(Rol.VERGUNNINGVERLENER, GM).header("Idempotency-Key", sleutel).body(body)
                .post("/api/v1/vergunningen").then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertThat(herhaling.asString()).isEqualTo(eerste);
        assertThat(database.getal("select count(*) from vestiging where gemeente_code = ? and postcode = ? and huisnummer = ?",
                GM, adres.get("postcode"), adres.get("huisnummer"))).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private static RequestSpecification doel(RequestSpecification spec) {
        return spec.header("X-Doelbinding", "Handhaving APV").header("X-Verwerkingsactiviteit", "Controle ter plaatse");
    }

    /** A postcode no other run or test has used, in the number range 5000-9999 with two random letters. */
    private static Map<String, Object> uniekAdres() {
        String letters = "" + (char) ('A' + TOEVAL.nextInt(26)) + (char) ('A' + TOEVAL.nextInt(26));
        Map<String, Object> adres = new HashMap<>();
        adres.put("straatnaam", "Teststraat");
        adres.put("huisnummer", 1 + TOEVAL.nextInt(99998));
        adres.put("postcode", (5000 + TOEVAL.nextInt(5000)) + letters);
        adres.put("woonplaats", "Testdorp");
        return adres;
    }

    private static String postcodeMetSpatie(Map<String, Object> adres) {
        String postcode = (String) adres.get("postcode");
        return postcode.substring(0, 4) + " " + postcode.substring(4).toLowerCase();
    }

    private static String aanvraag(String gemeente, String type, Map<String, Object> adres) {
        return aanvraag(gemeente, Testdata.exploitant(gemeente), type, adres);
    }

    private static String aanvraag(String gemeente, String exploitant, String type, Map<String, Object> adres) {
        Eigendom.vereisEigenaar(gemeente);
        Map<String, Object> body = new HashMap<>(Testdata.vergunningAanvraag(gemeente, exploitant, type));
        body.put("vestigingsadres", adres);
        return als(Rol.VERGUNNINGVERLENER, gemeente).body(body).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
    }

    private static String verleen(String nummer) {
        Testdata.neemBesluit(nummer.substring(0, 6), nummer, "VERLENEN");
        return nummer;
    }

    private static String vestigingVan(String nummer) {
        String href = als(Rol.VERGUNNINGVERLENER, nummer.substring(0, 6)).get("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200).extract().path("_links.vestiging.href");
        return href.substring(href.lastIndexOf('/') + 1);
    }
}
