package nl.sekswerkregister.openbaar;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.anoniem;
import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Open data as an outsider sees it: without a token, nothing of a home (a THUISWERK licence, premises
 * marked as a home) in any field or format, no managers, no drafts, counted where withheld; cacheable
 * with ETag and 304; every other answer still no-store.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenbaarTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(OpenbaarTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final long ZAAD = System.nanoTime();
    static final SplittableRandom TOEVAL = new SplittableRandom(ZAAD);
    static final String REGISTER = "/api/v1/openbaar/vergunningen";

    /** Licences in GM: granted at business premises, three that are someone's home, and not in force. */
    final List<String> getoond = new ArrayList<>();
    final List<String> woningen = new ArrayList<>();
    final List<String> nietInWerking = new ArrayList<>();
    /** Texts that must never be in any public answer: the home addresses' street names and business names. */
    final List<String> geheim = new ArrayList<>();
    String escort;

    /** Made by the first test that needs them (RestAssured knows the port only once a test runs). */
    boolean gemaakt;

    @BeforeEach
    void vergunningen() {
        if (gemaakt) {
            return;
        }
        gemaakt = true;
        for (int i = 0; i < 3; i++) {
            getoond.add(verleen(GM, "CLUB", adres("Openbare Gracht"), false, "Club Openbaar " + i));
        }
        escort = verleen(GM, "ESCORT", null, false, "Escort Openbaar");
        getoond.add(escort);
        String thuis = "Thuisstraat " + ZAAD;
        geheim.add(thuis);
        geheim.add("Naam Van Haarzelf");
        woningen.add(verleen(GM, "THUISWERK", adres(thuis), false, "Naam Van Haarzelf"));
        String kamer = "Kamerlaan " + ZAAD;
        geheim.add(kamer);
        geheim.add("Massage Aan Huis");
        woningen.add(verleen(GM, "MASSAGESALON", adres(kamer), true, "Massage Aan Huis"));
        // Premises first met as a business, then named a home by a later licence: withheld for both.
        Map<String, Object> gedeeld = adres("Gedeelde Hof " + ZAAD);
        geheim.add((String) gedeeld.get("straatnaam"));
        woningen.add(verleen(GM, "CLUB", gedeeld, false, "Club Eerst"));
        woningen.add(verleen(GM, "OVERIG", gedeeld, true, "Overig Daarna"));
        geheim.add("Club Eerst");
        geheim.add("Overig Daarna");
        // Applied for, refused and suspended: not in force.
        nietInWerking.add(Testdata.aanvraag(GM));
        String geweigerd = Testdata.aanvraag(GM);
        Testdata.neemBesluit(GM, geweigerd, "WEIGEREN");
        nietInWerking.add(geweigerd);
        String geschorst = Testdata.verleend(GM);
        Testdata.neemBesluit(GM, geschorst, "SCHORSEN");
        nietInWerking.add(geschorst);
    }

    @Test
    void hetRegisterIsZonderTokenTeLezenEnToontAlleenWatOpenbaarIs() {
        JsonPath register = anoniem().queryParam("gemeenteCode", GM).queryParam("pageSize", 100).get(REGISTER)
                .then().statusCode(200).header("X-Niet-Getoond", String.valueOf(woningen.size())).extract().jsonPath();
        assertThat(register.getList("resultaten.vergunningnummer", String.class)).as("zaad " + ZAAD)
                .containsExactlyInAnyOrderElementsOf(getoond);
        assertThat(register.getList("nietGetoond")).containsExactly(Map.of("gemeenteCode", GM, "aantal", woningen.size()));
        Map<String, Object> club = register.getMap("resultaten.find { it.vergunningnummer == '" + getoond.get(0) + "' }");
        assertThat(club).containsOnlyKeys("vergunningnummer", "gemeenteCode", "bedrijfstype", "handelsnaam",
                "vestigingsadres", "geldigVanaf", "geldigTot");
        assertThat(club.get("handelsnaam")).isEqualTo("Club Openbaar 0");
        assertThat(register.getMap("resultaten.find { it.vergunningnummer == '" + escort + "' }"))
                .doesNotContainKey("vestigingsadres");
    }

    @Test
    void geenWoningGeenBeheerderEnGeenMotiveringInEnigOpenbaarAntwoordOfFormaat() {
        String beheerder = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + getoond.get(0))
                .then().statusCode(200).extract().path("beheerders[0].pseudoniem");
        List<String> antwoorden = new ArrayList<>();
        for (String accept : List.of("application/json", "text/csv")) {
            for (String filter : List.of("", "?gemeenteCode=" + GM, "?bedrijfstype=THUISWERK", "?bedrijfstype=MASSAGESALON")) {
                antwoorden.add(anoniem().accept(accept).get(REGISTER + filter).then().statusCode(200).extract().asString());
            }
        }
        antwoorden.add(anoniem().queryParam("bedrijfstype", "THUISWERK").queryParam("gemeenteCode", GM).get(REGISTER)
                .then().body("resultaten", org.hamcrest.Matchers.empty()).body("nietGetoond[0].aantal", equalTo(1))
                .extract().asString());
        antwoorden.add(anoniem().get("/api/v1/openbaar/regelsets").then().statusCode(200).extract().asString());
        antwoorden.add(anoniem().get("/api/v1/openbaar/lappendeken-index").then().statusCode(200).extract().asString());
        for (String antwoord : antwoorden) {
            for (String nummer : woningen) {
                assertThat(antwoord).as("zaad " + ZAAD).doesNotContain(nummer);
            }
            for (String tekst : geheim) {
                assertThat(antwoord).as("zaad " + ZAAD).doesNotContain(tekst);
            }
            for (String nummer : nietInWerking) {
                assertThat(antwoord).doesNotContain(nummer);
            }
            assertThat(antwoord).doesNotContain(beheerder).doesNotContain("beheerder").doesNotContain("motivering")
                    .doesNotContain("Aanvraag voldoet aan de APV");
        }
    }

    @Test
    void csvGeeftDezelfdeVergunningenAlsJson() {
        JsonPath json = anoniem().queryParam("gemeenteCode", GM).get(REGISTER).jsonPath();
        Response csv = anoniem().accept("text/csv").queryParam("gemeenteCode", GM).get(REGISTER);
        csv.then().statusCode(200).contentType(startsWith("text/csv")).header("X-Niet-Getoond",
                String.valueOf(woningen.size()));
        String[] regels = csv.asString().split("\r\n");
        assertThat(regels[0]).isEqualTo("vergunningnummer,gemeenteCode,bedrijfstype,handelsnaam,straatnaam,huisnummer,"
                + "huisletter,huisnummertoevoeging,postcode,woonplaats,geldigVanaf,geldigTot");
        List<Map<String, Object>> resultaten = json.getList("resultaten");
        assertThat(regels).hasSize(resultaten.size() + 1);
        for (int i = 0; i < resultaten.size(); i++) {
            Map<String, Object> r = resultaten.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> a = (Map<String, Object>) r.getOrDefault("vestigingsadres", Map.of());
            String verwacht = String.join(",", List.of(r.get("vergunningnummer"), r.get("gemeenteCode"),
                    r.get("bedrijfstype"), r.get("handelsnaam"), a.getOrDefault("straatnaam", ""),
                    a.getOrDefault("huisnummer", ""), a.getOrDefault("huisletter", ""),
                    a.getOrDefault("huisnummertoevoeging", ""), a.getOrDefault("postcode", ""),
                    a.getOrDefault("woonplaats", ""), r.get("geldigVanaf"), r.getOrDefault("geldigTot", ""))
                    .stream().map(String::valueOf).toList());
            assertThat(regels[i + 1]).isEqualTo(verwacht);
        }
    }

    @Test
    void pagineringLoopItAlleVergunningenPreciesEenKeerDoor() {
        List<String> gezien = new ArrayList<>();
        String volgende = REGISTER + "?gemeenteCode=" + GM + "&pageSize=2";
        while (volgende != null) {
            JsonPath pagina = anoniem().get(volgende).then().statusCode(200).extract().jsonPath();
            assertThat(pagina.getList("resultaten")).hasSizeLessThanOrEqualTo(2);
            gezien.addAll(pagina.getList("resultaten.vergunningnummer", String.class));
            assertThat(pagina.getInt("nietGetoond[0].aantal")).isEqualTo(woningen.size());
            volgende = pagina.getString("_links.next.href");
        }
        assertThat(gezien).containsExactlyElementsOf(getoond.stream().sorted().toList());
        ongeldig(anoniem()).queryParam("pageSize", 101).get(REGISTER).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("pageSize"));
        ongeldig(anoniem()).queryParam("gemeenteCode", "GM9999").get(REGISTER).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeenteCode"));
    }

    @Test
    void eenTokenIsNietNodigEnEenOngeldigTokenWordtGenegeerd() {
        String zonder = anoniem().queryParam("gemeenteCode", GM).get(REGISTER).then().statusCode(200).extract().asString();
        for (String token : List.of(Tokens.verlopen(Rol.AUDITOR, GM), "dit-is-geen-jwt", Tokens.voor(Rol.AUDITOR))) {
            assertThat(metToken(token).queryParam("gemeenteCode", GM).get(REGISTER).then().statusCode(200).extract()
                    .asString()).isEqualTo(zonder);
            metToken(token).get("/api/v1/openbaar/regelsets").then().statusCode(200);
        }
    }

    @Test
    void eenOpenbaarAntwoordIsTeCachenMetEtagEn304() {
        Response eerste = anoniem().queryParam("gemeenteCode", GM).get(REGISTER);
        eerste.then().statusCode(200).header("Cache-Control", "public, max-age=300").header("Vary", "Accept")
                .header("Access-Control-Allow-Origin", "*").header("ETag", org.hamcrest.Matchers.matchesPattern("\"[A-Za-z0-9_-]{32}\""));
        String etag = eerste.header("ETag");
        anoniem().queryParam("gemeenteCode", GM).header("If-None-Match", etag).get(REGISTER).then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", "public, max-age=300").body(equalTo(""));
        anoniem().queryParam("gemeenteCode", GM).header("If-None-Match", "\"iets-anders\", " + etag).get(REGISTER)
                .then().statusCode(304);
        // Another representation, another tag; a change of content, another tag.
        String csv = anoniem().accept("text/csv").queryParam("gemeenteCode", GM).get(REGISTER).header("ETag");
        assertThat(csv).isNotEqualTo(etag);
        anoniem().accept("text/csv").queryParam("gemeenteCode", GM).header("If-None-Match", etag).get(REGISTER)
                .then().statusCode(200);
        assertThat(anoniem().queryParam("gemeenteCode", ANDERE).get(REGISTER).header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void eenWijzigingGeeftEenAndereEtag() {
        String voor = anoniem().queryParam("gemeenteCode", ANDERE).get(REGISTER).then().statusCode(200).extract().header("ETag");
        String nummer = verleen(ANDERE, "CLUB", adres("Nieuwe Straat"), false, "Nieuwe Club");
        anoniem().queryParam("gemeenteCode", ANDERE).header("If-None-Match", voor).get(REGISTER).then().statusCode(200)
                .body("resultaten.vergunningnummer", org.hamcrest.Matchers.hasItem(nummer))
                .header("ETag", not(equalTo(voor)));
    }

    @Test
    void andereAntwoordenBlijvenNoStore() {
        als(Rol.AUDITOR).get("/api/v1/vergunningen/" + getoond.get(0)).then().statusCode(200)
                .header("Cache-Control", "no-store").header("ETag", not(startsWith("\"A")))
                .header("Access-Control-Allow-Origin", nullValue());
        // Errors on public paths are not cached either.
        ongeldig(anoniem()).queryParam("pageSize", 0).get(REGISTER).then().statusCode(400)
                .header("Cache-Control", "no-store");
        ongeldig(anoniem()).get("/api/v1/openbaar/bestaat-niet").then().statusCode(404)
                .header("Cache-Control", "no-store");
        ongeldig(anoniem()).body("{}").post(REGISTER).then().statusCode(405).header("Cache-Control", "no-store");
        // Authenticated paths carry no rate-limit headers: they are not limited by it.
        als(Rol.AUDITOR).get("/api/v1/gemeenten/" + GM).then().statusCode(200).header("RateLimit-Limit", nullValue());
        anoniem().get(REGISTER).then().statusCode(200).header("RateLimit-Limit", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void regelsetsInWerkingZonderConcepten() {
        int jaar = Eigendom.jaar(OpenbaarTest.class);
        String vanaf = jaar + "-01-01";
        int gepubliceerd = Testdata.gepubliceerdeRegelset(ANDERE, vanaf, jaar + "-12-31", Map.of("minimumleeftijd", 21));
        Map<String, Object> concept = new HashMap<>(Map.of("geldigVanaf", (jaar + 1) + "-01-01", "geldigTot",
                (jaar + 1) + "-12-31", "bron", "Concept-APV (test)", "regels", Map.of("minimumleeftijd", 23)));
        int conceptversie = Testdata.regelsetConcept(ANDERE, concept);
        anoniem().queryParam("gemeenteCode", ANDERE).queryParam("peildatum", jaar + "-06-01").get("/api/v1/openbaar/regelsets")
                .then().statusCode(200).header("Cache-Control", startsWith("public"))
                .body("resultaten.size()", equalTo(1)).body("resultaten[0].versie", equalTo(gepubliceerd))
                .body("resultaten[0].status", equalTo("GEPUBLICEERD")).body("resultaten[0].bron", startsWith("APV"))
                .body("resultaten[0].regels.minimumleeftijd", equalTo(21));
        // The draft's period: nothing in force, and the draft is not shown.
        String volgendJaar = anoniem().queryParam("gemeenteCode", ANDERE).queryParam("peildatum", (jaar + 1) + "-06-01")
                .get("/api/v1/openbaar/regelsets").then().statusCode(200).body("resultaten.size()", equalTo(0))
                .extract().asString();
        assertThat(volgendJaar).doesNotContain("Concept-APV").doesNotContain("\"versie\":" + conceptversie);
        // Over the whole country on that date, only this class's rule set is in force (its own year).
        anoniem().queryParam("peildatum", jaar + "-06-01").get("/api/v1/openbaar/regelsets").then().statusCode(200)
                .body("resultaten.gemeenteCode", org.hamcrest.Matchers.contains(ANDERE));
    }

    @Test
    void deLappendekenIndexIsOpenbaarZonderSignaleringen() {
        String peildatum = TestKlok.vandaag().toString();
        JsonPath openbaar = anoniem().queryParam("peildatum", peildatum).get("/api/v1/openbaar/lappendeken-index")
                .then().statusCode(200).extract().jsonPath();
        JsonPath intern = als(Rol.AUDITOR).queryParam("peildatum", peildatum).get("/api/v1/lappendeken-index")
                .then().statusCode(200).extract().jsonPath();
        assertThat(openbaar.getMap("")).doesNotContainKey("signaleringen");
        assertThat(intern.getMap("")).containsKey("signaleringen");
        assertThat(openbaar.getMap("landelijk")).isEqualTo(intern.getMap("landelijk"));
        assertThat(openbaar.getString("_links.self.href")).startsWith("/api/v1/openbaar/lappendeken-index?peildatum=");
        ongeldig(anoniem()).queryParam("regiosoort", "GEMEENTE").get("/api/v1/openbaar/lappendeken-index")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("regiosoort"));
    }

    @Test
    void eenWoningIsTeZienVoorDeGemeenteEnBlijftEenWoning() {
        String kamer = woningen.get(1);
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + kamer).then().statusCode(200)
                .body("vestigingIsWoning", equalTo(true));
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + getoond.get(0)).then().statusCode(200)
                .body("vestigingIsWoning", equalTo(false));
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + escort).then().statusCode(200)
                .body("vestigingIsWoning", nullValue());
        String vestiging = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + kamer).then()
                .extract().path("_links.vestiging.href");
        als(Rol.HANDHAVER, GM).header("X-Doelbinding", "Controle ter plaatse")
                .header("X-Verwerkingsactiviteit", "Controle ter plaatse").get(vestiging).then().statusCode(200)
                .body("woning", equalTo(true));
        // The status check does not show the address of a home, whoever asks.
        als(Rol.HANDHAVER, ANDERE).get("/api/v1/vergunningen/" + kamer + "/status").then().statusCode(200)
                .body("vestigingsadres", nullValue()).body("_links.vestiging", nullValue());
        als(Rol.HANDHAVER, ANDERE).get("/api/v1/vergunningen/" + getoond.get(0) + "/status").then().statusCode(200)
                .body("vestigingsadres.straatnaam", equalTo("Openbare Gracht"));
        // Un-marking is refused silently: the premises stay a home (un-marking would publish the address).
        String etag = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + kamer).header("ETag");
        als(Rol.VERGUNNINGVERLENER, GM).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("vestigingIsWoning", false)).patch("/api/v1/vergunningen/" + kamer)
                .then().statusCode(200).body("vestigingIsWoning", equalTo(true));
        // A home without premises is a wrong request.
        Map<String, Object> zonder = new HashMap<>(Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "ESCORT"));
        zonder.remove("vestigingsadres");
        zonder.put("vestigingIsWoning", true);
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(zonder).post("/api/v1/vergunningen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("vestigingIsWoning"));
    }

    @Test
    void eenWijzigingNaarEenWoningHaaltDeVergunningUitHetRegister() {
        String nummer = verleen(ANDERE, "CLUB", adres("Verhuisstraat"), false, "Club Verhuist");
        anoniem().queryParam("gemeenteCode", ANDERE).queryParam("pageSize", 100).get(REGISTER).then()
                .body("resultaten.vergunningnummer", org.hamcrest.Matchers.hasItem(nummer));
        String etag = als(Rol.VERGUNNINGVERLENER, ANDERE).get("/api/v1/vergunningen/" + nummer).header("ETag");
        als(Rol.VERGUNNINGVERLENER, ANDERE).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("vestigingsadres", adres("Woonerf " + ZAAD), "vestigingIsWoning", true))
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(200).body("vestigingIsWoning", equalTo(true));
        String register = anoniem().queryParam("gemeenteCode", ANDERE).queryParam("pageSize", 100).get(REGISTER).then()
                .statusCode(200).extract().asString();
        assertThat(register).doesNotContain(nummer).doesNotContain("Woonerf " + ZAAD).doesNotContain("Club Verhuist");
    }

    private static Map<String, Object> adres(String straat) {
        return Testdata.uniekAdres(TOEVAL, straat);
    }

    /** A granted licence (five years from today) of a new operator with this business name. */
    private static String verleen(String gemeente, String type, Map<String, Object> adres, boolean woning,
                                  String handelsnaam) {
        Map<String, Object> exploitant = new HashMap<>(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer()));
        exploitant.put("handelsnaam", handelsnaam);
        String exploitantId = als(Rol.VERGUNNINGVERLENER, gemeente).body(exploitant).post("/api/v1/exploitanten")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> aanvraag = new HashMap<>(Testdata.vergunningAanvraag(Eigendom.vereisEigenaar(gemeente),
                exploitantId, type));
        if (adres == null) {
            aanvraag.remove("vestigingsadres");
        } else {
            aanvraag.put("vestigingsadres", adres);
        }
        if (woning) {
            aanvraag.put("vestigingIsWoning", true);
        }
        String nummer = als(Rol.VERGUNNINGVERLENER, gemeente).body(aanvraag).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
        LocalDate vandaag = TestKlok.vandaag();
        als(Rol.VERGUNNINGVERLENER, gemeente).body(Map.of("besluittype", "VERLENEN", "motivering",
                        "Aanvraag voldoet aan de APV.", "ingangsdatum", vandaag.toString(), "geldigTot",
                        vandaag.plusYears(5).toString()))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201);
        return nummer;
    }
}
