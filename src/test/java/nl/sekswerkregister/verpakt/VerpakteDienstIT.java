package nl.sekswerkregister.verpakt;

import static io.restassured.RestAssured.given;
import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.support.Contract;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.RauwVerzoek;
import nl.sekswerkregister.support.Resources;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An outside probe, kept: the packaged service in its prod profile, used as a client would,
 * with one test per defect that lived there. Each of these answered wrongly before the fix.
 */
@ExtendWith(VerpakteDienst.class)
class VerpakteDienstIT {

    static final String GM = "GM0363";
    static final String ANDERE = "GM0599";
    static final long SEED = Long.getLong("verpakt.seed", 20261201L);

    /** The packaged service runs on the real clock: its today, read when needed, not when the class loads. */
    static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static RequestSpecification metDoel(RequestSpecification spec) {
        return spec.header("X-Doelbinding", "Registratie sekswerkers (APV art. 3:13)")
                .header("X-Verwerkingsactiviteit", "Registreren na intake");
    }

    static Map<String, Object> registratie(String gemeente) {
        Testdata.metRegistratieplicht(gemeente);
        return Map.of("gemeenteCode", gemeente, "identificatie", Personen.metBsn(Personen.bsn()),
                "geboortedatum", "1994-06-07", "intakedatum", vandaag().minusDays(1).toString());
    }

    // ---- 6. metrics: on the management interface, labelled by route template ----

    @Test
    void metricsEnHealthStaanAlleenOpDeBeheerpoort() {
        for (String pad : List.of("/q/metrics", "/q/health/ready", "/q/health")) {
            ongeldig(given()).get(pad).then().statusCode(404).contentType("application/problem+json");
        }
        given().baseUri(VerpakteDienst.beheer()).port(-1).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(VerpakteDienst.beheer()).port(-1).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void metricsNoemenRoutesNooitEenRuwPad() {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> rommel = new LinkedHashSet<>();
        for (int i = 0; i < 150; i++) {
            String registratienummer = Registratienummer.nieuw();
            String vergunningnummer = String.format("GM0363-2026-%06d", random.nextInt(1_000_000));
            rommel.add(registratienummer);
            rommel.add(vergunningnummer);
            switch (i % 5) {
                // 400 before any route: an identifier-like query key
                case 0 -> ongeldig(als(Rol.HANDHAVER, GM)).queryParam("bsn", "1").get("/api/v1/registraties/"
                        + registratienummer + "/status").then().statusCode(400);
                // 405: a route, but not this method
                case 1 -> ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body("{}").put("/api/v1/registraties/"
                        + registratienummer).then().statusCode(405);
                // 401 on a real route
                case 2 -> ongeldig(given()).get("/api/v1/vergunningen/" + vergunningnummer).then().statusCode(401);
                // 404: a trailing slash and an unknown path
                case 3 -> ongeldig(als(Rol.HANDHAVER, GM)).get("/api/v1/vergunningen/" + vergunningnummer + "/")
                        .then().statusCode(404);
                default -> ongeldig(als(Rol.HANDHAVER, GM)).get("/api/v1/onbekend-" + registratienummer)
                        .then().statusCode(404);
            }
        }
        als(Rol.HANDHAVER, GM).get("/api/v1/gemeenten/" + GM).then().statusCode(200);

        String metrics = given().baseUri(VerpakteDienst.beheer()).port(-1).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Set<String> uris = new LinkedHashSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertThat(uris).contains("/api/v1/gemeenten/{gemeenteCode}");
        Set<String> toegestaan = new LinkedHashSet<>(routes());
        toegestaan.addAll(List.of("/ongerouteerd", "NOT_FOUND", "REDIRECTION", "/api/v1/openapi.json"));
        // The pages' routes (another *IT may have opened them first), as fixed as the contract's.
        Resources.routes(Resources::isPagina).forEach(route -> toegestaan.add(route.substring(route.indexOf(' ') + 1)));
        // Paths under /q are the management interface's own fixed endpoints; /static/ holds the pages'
        // fixed files (CSS, fonts, scripts), a closed set too.
        assertThat(uris).as("uri-labels").allMatch(uri -> toegestaan.contains(uri) || uri.startsWith("/q/")
                || uri.startsWith("/static/"));
        for (String waarde : rommel) {
            assertThat(metrics).doesNotContain(waarde);
        }
    }

    // ---- 1 and 2. Idempotency-Key on registrations, and replays authorised like new requests ----

    @Test
    void eenHerhaaldeRegistratieEnRegistratiebesluitGevenHetOorspronkelijkeAntwoord() {
        String sleutel = UUID.randomUUID().toString();
        String token = Tokens.metSubject("verpakt-balie-1", Rol.VERGUNNINGVERLENER, GM);
        Map<String, Object> body = registratie(GM);
        Response eerste = metDoel(metToken(token)).header("Idempotency-Key", sleutel).body(body).post("/api/v1/registraties");
        eerste.then().statusCode(201);
        metDoel(metToken(token)).header("Idempotency-Key", sleutel).body(body).post("/api/v1/registraties").then()
                .statusCode(201).header("Idempotent-Replayed", "true")
                .body("registratienummer", equalTo(eerste.path("registratienummer")));
        Response vreemd = metDoel(ongeldig(metToken(Tokens.metSubject("verpakt-balie-1", Rol.VERGUNNINGVERLENER, ANDERE))))
                .header("Idempotency-Key", sleutel).body(body).post("/api/v1/registraties");
        vreemd.then().statusCode(403);
        assertThat(vreemd.header("Idempotent-Replayed")).isNull();

        String besluitsleutel = UUID.randomUUID().toString();
        Map<String, Object> besluit = Map.of("besluittype", "SCHORSEN", "motivering", "In afwachting van onderzoek.");
        String pad = "/api/v1/registraties/" + eerste.path("registratienummer") + "/besluiten";
        metDoel(metToken(token)).header("Idempotency-Key", besluitsleutel).body(besluit).post(pad).then().statusCode(200)
                .body("status", equalTo("GESCHORST"));
        metDoel(metToken(token)).header("Idempotency-Key", besluitsleutel).body(besluit).post(pad).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("status", equalTo("GESCHORST"));
    }

    @Test
    void eenHerhalingDoorEenAndereGemeenteKrijgtDeVergunningNiet() {
        String sleutel = UUID.randomUUID().toString();
        Map<String, Object> aanvraag = Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB");
        metToken(Tokens.metSubject("verpakt-balie-2", Rol.VERGUNNINGVERLENER, GM)).header("Idempotency-Key", sleutel)
                .body(aanvraag).post("/api/v1/vergunningen").then().statusCode(201);
        for (Object claim : new Object[] {ANDERE, null}) {
            Response vreemd = ongeldig(metToken(Tokens.metSubject("verpakt-balie-2", Rol.VERGUNNINGVERLENER, claim)))
                    .header("Idempotency-Key", sleutel).body(aanvraag).post("/api/v1/vergunningen");
            vreemd.then().statusCode(403).contentType("application/problem+json");
            assertThat(vreemd.header("Idempotent-Replayed")).isNull();
            assertThat(vreemd.asString()).doesNotContain("vergunningnummer");
        }
    }

    // ---- 3, 4, 5. Claims taken as they are ----

    /**
     * The packaged service checks the audience, and reads its roles from this application's client
     * roles (SMALLRYE_JWT_PATH_GROUPS): an auditor role of another application, or in a token for another
     * application, does not read the national processing log.
     */
    @Test
    void eenRolVanEenAndereToepassingTeltNiet() {
        als(Rol.AUDITOR, null).get("/api/v1/dataverwerkingen").then().statusCode(200);
        ongeldig(metToken(Tokens.andereAudience(Rol.AUDITOR, null))).get("/api/v1/dataverwerkingen").then().statusCode(401)
                .contentType("application/problem+json");
        ongeldig(metToken(Tokens.zonderAudience(Rol.AUDITOR, null))).get("/api/v1/dataverwerkingen").then().statusCode(401);
        ongeldig(metToken(Tokens.rolVanAndereToepassing(Rol.AUDITOR))).get("/api/v1/dataverwerkingen").then()
                .statusCode(403).body("code", equalTo("geen-toegang"));
    }

    @Test
    void eenTokenZonderSubjectWordtGeweigerd() {
        String nummer = Testdata.aanvraag(GM);
        ongeldig(metToken(Tokens.zonderSubject(Rol.VERGUNNINGVERLENER, GM))).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(401);
        metDoel(ongeldig(metToken(Tokens.zonderSubject(Rol.VERGUNNINGVERLENER, GM)))).body(registratie(GM))
                .post("/api/v1/registraties").then().statusCode(401);
        ongeldig(metToken(Tokens.zonderSubject(Rol.AUDITOR, null))).get("/api/v1/gemeenten").then().statusCode(401);
    }

    @Test
    void eenMisvormdeGemeenteclaimIsGeenGemeente() {
        String token = Tokens.metSubject("verpakt-misvormd", Rol.VERGUNNINGVERLENER, "GM\"0363");
        ongeldig(metToken(token)).body(Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB"))
                .post("/api/v1/vergunningen").then().statusCode(403);
        metDoel(ongeldig(metToken(token))).body(registratie(GM)).post("/api/v1/registraties").then().statusCode(403);
    }

    @Test
    void deLandelijkBeheerderLeestGeenConceptVanDeGemeenteInZijnToken() {
        int versie = Testdata.regelsetConcept(GM, Map.of("geldigVanaf", "2600-01-01", "bron", "APV (verpakt)",
                "regels", Map.of("minimumleeftijd", 21)));
        als(Rol.LANDELIJK_BEHEERDER, GM).get("/api/v1/gemeenten/" + GM + "/regelsets/" + versie).then().statusCode(404);
        als(Rol.LANDELIJK_BEHEERDER, GM).get("/api/v1/gemeenten/" + GM + "/regelsets").then().statusCode(200)
                .body("resultaten.versie", org.hamcrest.Matchers.not(hasItem(versie)));
    }

    // ---- 10. Real data in every profile: the researched rule sets ship with the service ----

    /**
     * The prod profile publishes the rule sets researched from public sources at its first start
     * (OnderzochteRegelsets): a fresh install shows Amsterdam's rules, with their sources, at once.
     */
    @Test
    void eenVerseInstallatieToontDeOnderzochteRegelsets() {
        String onderzocht = "resultaten.find { it.herkomst == 'PUBLIEKE_BRONNEN' }";
        als(Rol.BELEIDSMEDEWERKER, ANDERE).get("/api/v1/gemeenten/" + GM + "/regelsets").then().statusCode(200)
                .body(onderzocht + ".versie", equalTo(1))
                .body(onderzocht + ".geldigVanaf", equalTo("2018-08-29"))
                .body(onderzocht + ".vertrouwen", equalTo("HOOG"))
                .body(onderzocht + ".bronnen", hasItem(org.hamcrest.Matchers.startsWith("https://www.raadvanstate.nl/")))
                .body(onderzocht + ".regels.minimumleeftijd", equalTo(21))
                .body(onderzocht + ".regels.vindplaatsen.minimumleeftijd", org.hamcrest.Matchers.notNullValue());
        // Rotterdam too, with its transitional rule for age 21.
        als(Rol.AUDITOR).get("/api/v1/gemeenten/" + ANDERE + "/regelsets").then().statusCode(200)
                .body("resultaten.find { it.herkomst == 'PUBLIEKE_BRONNEN' }.regels.overgangsregelingen[0].regel",
                        equalTo("minimumleeftijd"));
    }

    /**
     * On the shipped data no finding rests on an unknown value: nationally, without a framework and
     * against each of the three, every value a finding quotes is set or explicitly not regulated.
     */
    @Test
    void geenBevindingOpDeMeegeleverdeGegevensRustOpEenOnbekendeWaarde() {
        for (String kader : List.of("", "huidige-wet", "wrs-wetsvoorstel", "vng-model-apv-2015")) {
            int totaal = 0;
            for (int page = 1; ; page++) {
                Response r = als(Rol.BELEIDSMEDEWERKER, GM).queryParam("reikwijdte", "LANDELIJK")
                        .queryParam("pageSize", 100).queryParam("page", page)
                        .queryParams(kader.isEmpty() ? Map.of() : Map.of("kader", kader))
                        .get("/api/v1/conflicten");
                r.then().statusCode(200);
                List<String> standen = r.jsonPath().getList("resultaten.waarden.flatten().stand", String.class);
                assertThat(standen).as("standen van de waarden achter de bevindingen, kader '%s'", kader)
                        .allMatch(s -> s.equals("GEZET") || s.equals("NIET_GEREGELD"));
                totaal += r.jsonPath().getList("resultaten").size();
                if (r.jsonPath().getString("_links.next.href") == null) {
                    break;
                }
            }
            assertThat(totaal).as("bevindingen met kader '%s'", kader).isPositive();
        }
    }

    /**
     * The Wrs question for the four largest cities: rules that lapse, conflict and remain, each
     * with the place in the municipality's own text it comes from. Other tests here publish their own
     * rule sets for Amsterdam and Rotterdam, which carry no vindplaatsen; Utrecht and Groningen keep
     * the researched version, so at least those two are always checked.
     */
    @Test
    void deWrsToetsVanDeVierGroteStedenNoemtPerRegelDeVindplaats() {
        int onderzocht = 0;
        for (String gemeente : List.of("GM0363", "GM0599", "GM0344", "GM0014")) {
            Response r = als(Rol.BELEIDSMEDEWERKER, gemeente)
                    .get("/api/v1/gemeenten/" + gemeente + "/kadertoets?kader=wrs-wetsvoorstel");
            r.then().statusCode(200);
            String regelset = r.jsonPath().getString("_links.regelset.href");
            if (!"PUBLIEKE_BRONNEN".equals(als(Rol.BELEIDSMEDEWERKER, gemeente).get(regelset).jsonPath().getString("herkomst"))) {
                continue;
            }
            onderzocht++;
            List<Map<String, Object>> regels = new java.util.ArrayList<>();
            for (String lijst : List.of("vervalt", "strijdig", "blijft")) {
                regels.addAll(r.jsonPath().getList(lijst));
            }
            assertThat(r.jsonPath().getList("vervalt")).as("regels van %s die vervallen", gemeente).isNotEmpty();
            assertThat(regels).as("regels van %s", gemeente).allSatisfy(regel ->
                    assertThat(regel.get("vindplaats")).as("vindplaats van %s", regel.get("pad")).isNotNull());
        }
        assertThat(onderzocht).as("gemeenten met hun onderzochte regelset").isGreaterThanOrEqualTo(2);
    }

    // ---- 7, 8, 9. Input and errors at the HTTP layer ----

    @Test
    void eenBsnInEenVrijeTekstkopWordtGeweigerdEnNietHerhaald() {
        String bsn = Personen.bsn();
        Response antwoord = ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).header("X-Doelbinding", "Controle BSN " + bsn)
                .header("X-Verwerkingsactiviteit", "Registreren").body(registratie(GM)).post("/api/v1/registraties");
        antwoord.then().statusCode(400).body("invalidParams[0].name", equalTo("X-Doelbinding"))
                .body("invalidParams[0].code", equalTo("persoonsgegeven"));
        assertThat(antwoord.asString()).doesNotContain(bsn);
    }

    @Test
    void toegeeflijkeInvoerWordtGeweigerd() {
        HttpResponse<String> zonderType = RauwVerzoek.post("/api/v1/exploitanten")
                .kop("Authorization", "Bearer " + Tokens.voor(Rol.VERGUNNINGVERLENER, GM)).kop("Accept", "application/json")
                .body("{\"kvkNummer\":\"" + Testdata.nieuwKvkNummer() + "\",\"statutaireNaam\":\"X B.V.\","
                        + "\"correspondentieadres\":{\"straatnaam\":\"Damrak\",\"huisnummer\":1,\"postcode\":\"1012LG\","
                        + "\"woonplaats\":\"Amsterdam\"}}").stuur();
        assertThat(zonderType.statusCode()).isEqualTo(415);

        // C0 AF is an overlong "/" inside the working name.
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("{\"gemeenteCode\":\"GM0363\",\"identificatie\":{\"bsn\":\"" + Personen.bsn() + "\"},"
                + "\"geboortedatum\":\"1990-01-01\",\"intakedatum\":\"" + vandaag().minusDays(1) + "\",\"werknaam\":\"A")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.writeBytes("B\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, GM))).contentType("application/json").body(body.toByteArray())
                .post("/api/v1/registraties").then().statusCode(400).body("invalidParams[0].name", equalTo("werknaam"));

        Map<String, Object> onzichtbaar = new HashMap<>(registratie(GM));
        onzichtbaar.put("werknaam", "\u200B\uFEFF");
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, GM))).body(onzichtbaar).post("/api/v1/registraties").then()
                .statusCode(400).body("invalidParams.name", hasItem("werknaam"));
        Map<String, Object> oud = new HashMap<>(registratie(GM));
        oud.put("geboortedatum", "1899-12-31");
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, GM))).body(oud).post("/api/v1/registraties").then()
                .statusCode(400).body("invalidParams.name", hasItem("geboortedatum"));
        for (String waarde : List.of("", "\u0665", "\uFF15")) {
            ongeldig(als(Rol.AUDITOR)).queryParam("pageSize", waarde).get("/api/v1/vergunningen").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("pageSize"));
        }
    }

    @Test
    void eenFoutmeldingHerhaaltGeenIngestuurdeWaarde() {
        String onbekend = "GM0363-2019-987654";
        Response antwoord = als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + onbekend + "/status");
        antwoord.then().statusCode(404);
        assertThat(antwoord.asString()).doesNotContain(onbekend);
    }

    /** Every route of the contract as the service serves it: server URL + path template. */
    static Set<String> routes() {
        Set<String> routes = new LinkedHashSet<>();
        Contract.document().get("paths").fieldNames().forEachRemaining(pad -> routes.add(Contract.basispad() + pad));
        return routes;
    }
}
