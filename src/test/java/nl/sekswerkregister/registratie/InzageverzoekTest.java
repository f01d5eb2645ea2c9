package nl.sekswerkregister.registratie;

import static nl.sekswerkregister.registratie.RegistratieTest.besluit;
import static nl.sekswerkregister.registratie.RegistratieTest.metDoel;
import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.ondertekening.Ondertekenaar;
import nl.sekswerkregister.registratie.service.Bewaartermijn;
import nl.sekswerkregister.registratie.service.InzageConfig;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Access requests belong to the person, not the officer: at the desk an officer files one on the
 * person's behalf, a second officer approves it and the municipality sees only its own part; the
 * whole national report goes to the person, signed. Officers are limited per day, and every request
 * and refusal is logged.
 */
@QuarkusTest
class InzageverzoekTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(InzageverzoekTest.class, 3);
    static final String GM = GEMEENTEN.get(0);
    static final String ELDERS = GEMEENTEN.get(1);
    static final String DERDE = GEMEENTEN.get(2);
    static final String PAD = "/api/v1/inzageverzoeken";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Ondertekenaar ondertekenaar;
    @Inject
    InzageConfig config;
    @Inject
    Database database;
    @Inject
    Bewaartermijn bewaartermijn;

    static String baliemedewerker(String naam, String gemeente) {
        return Tokens.metSubject("balie-" + naam + "-" + gemeente, Rol.VERGUNNINGVERLENER, gemeente);
    }

    static Response dienIn(String token, String bsn) {
        return metDoel(metToken(token)).body(Map.of("identificatie", Personen.metBsn(bsn))).post(PAD);
    }

    /** A person registered in GM, whose status an enforcement officer of ELDERS and a platform checked. */
    static String persoonMetVerwerkingenInTweeGemeenten() {
        String bsn = Personen.bsn();
        String nummer = RegistratieTest.registreerd(GM, bsn);
        metDoel(als(Rol.HANDHAVER, ELDERS)).get("/api/v1/registraties/" + nummer + "/status").then().statusCode(200);
        metDoel(als(Rol.VERIFICATEUR)).get("/api/v1/registraties/" + nummer + "/status").then().statusCode(200);
        return bsn;
    }

    @Test
    void deBalieDientInEenTweedeMedewerkerKeurtGoedEnDeGemeenteZietAlleenHaarEigenDeel() {
        String bsn = persoonMetVerwerkingenInTweeGemeenten();
        String eerste = baliemedewerker("a", GM);
        Response ingediend = dienIn(eerste, bsn);
        ingediend.then().statusCode(201).body("status", equalTo("WACHT_OP_GOEDKEURING"))
                .body("verzoeker", equalTo("BETROKKENE")).body("tussenpersoon", equalTo("balie-a-" + GM))
                .body("$", not(org.hamcrest.Matchers.hasKey("verwerkingen")));
        String locatie = ingediend.header("Location");
        assertThat(locatie).isEqualTo(PAD + "/" + ingediend.jsonPath().getString("id"));
        assertThat(ingediend.asString()).doesNotContain(bsn);

        // Four eyes: the officer who filed it cannot approve it.
        ongeldig(metDoel(metToken(eerste))).post(locatie + "/goedkeuring").then().statusCode(403)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("zelf ingediend"));
        // Another municipality does not see it.
        ongeldig(metDoel(metToken(baliemedewerker("b", ELDERS)))).post(locatie + "/goedkeuring").then().statusCode(404);

        Response goedgekeurd = metDoel(metToken(baliemedewerker("b", GM))).post(locatie + "/goedkeuring");
        goedgekeurd.then().statusCode(200).body("status", equalTo("GOEDGEKEURD"))
                .body("goedgekeurdDoor", equalTo("balie-b-" + GM))
                .body("verwerkingen.operatie", hasItem("registratie.aanmaken"));
        assertThat(goedgekeurd.jsonPath().getList("verwerkingen.organisatie", String.class)).isNotEmpty().containsOnly(GM);
        assertThat(goedgekeurd.jsonPath().getList("verwerkingen.rol", String.class)).doesNotContain("handhaver", "verificateur");

        ongeldig(metDoel(metToken(baliemedewerker("c", GM)))).post(locatie + "/goedkeuring").then().statusCode(409)
                .body("code", equalTo("ongeldige-statusovergang"));
        metDoel(metToken(eerste)).get(locatie).then().statusCode(200)
                .body("verwerkingen.organisatie", org.hamcrest.Matchers.everyItem(equalTo(GM)));
        ongeldig(metDoel(metToken(baliemedewerker("a", ELDERS)))).get(locatie).then().statusCode(404);
        metDoel(als(Rol.AUDITOR)).get(locatie).then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("verwerkingen")));
    }

    @Test
    void dePersoonKrijgtHetVolledigeRapportOndertekend() throws Exception {
        String bsn = persoonMetVerwerkingenInTweeGemeenten();
        Response json = metToken(Tokens.betrokkene(bsn)).get("/api/v1/inzage");
        json.then().statusCode(200)
                .body("verwerkingen.organisatie", hasItem(ELDERS))
                .body("verwerkingen.rol", hasItem("verificateur"))
                .body("ondertekening.alg", equalTo("EdDSA"))
                .body("ondertekening.kid", equalTo(ondertekenaar.sleutelId()));
        JsonNode payload = controleerJws(json.jsonPath().getString("ondertekening.jws"));
        JsonNode antwoord = JSON.readTree(json.asString());
        assertThat(payload.get("verwerkingen")).isEqualTo(antwoord.get("verwerkingen"));
        assertThat(payload.get("opgesteldOp")).isEqualTo(antwoord.get("opgesteldOp"));
        assertThat(payload.has("ondertekening")).isFalse();

        Response jose = metToken(Tokens.betrokkene(bsn)).accept("application/jose").get("/api/v1/inzage");
        jose.then().statusCode(200).contentType("application/jose");
        JsonNode inJose = controleerJws(jose.asString());
        assertThat(inJose.get("verwerkingen").size()).isGreaterThanOrEqualTo(payload.get("verwerkingen").size());
        assertThat(json.asString() + jose.asString()).doesNotContain(bsn);

        // The person's own request is in their next report, and in the log without the broker's subject.
        metToken(Tokens.betrokkene(bsn)).get("/api/v1/inzage").then().statusCode(200)
                .body("verwerkingen.operatie", hasItem("inzage.betrokkene"));
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'inzage.betrokkene' "
                + "and actor like 'broker-%'")).isZero();
    }

    @Test
    void zonderGeldigBsnInHetTokenGeenRapport() {
        String ongeldig = Personen.ongeldigBsn();
        for (String token : List.of(Tokens.betrokkene(null), Tokens.betrokkene(ongeldig), Tokens.betrokkene(123456782),
                Tokens.betrokkene(List.of(Personen.bsn())))) {
            ongeldig(metToken(token)).get("/api/v1/inzage").then().statusCode(403)
                    .contentType("application/problem+json").body("detail", not(org.hamcrest.Matchers.containsString(ongeldig)));
        }
        // An officer is not the person.
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).get("/api/v1/inzage").then().statusCode(403);
    }

    @Test
    void eenWeigeringWordtGelogdEnDeAuditorZietWieWatVroeg() {
        String medewerker = baliemedewerker("weigering", DERDE);
        ongeldig(metToken(medewerker)).header("X-Doelbinding", "Inzageverzoek AVG").header("X-Verwerkingsactiviteit",
                "Balie").body(Map.of("identificatie", Personen.metBsn(Personen.bsn()))).post(PAD).then().statusCode(404);
        assertThat(database.getal("select count(*) from dataverwerking where actor = ? and operatie = ? and status = 'FOUT'",
                "balie-weigering-" + DERDE, "inzageverzoek.indienen")).isEqualTo(1);

        String bsn = Personen.bsn();
        RegistratieTest.registreerd(DERDE, bsn);
        String id = dienIn(baliemedewerker("auditietest", DERDE), bsn).then().statusCode(201).extract().path("id");
        Response lijst = als(Rol.AUDITOR).queryParam("gemeenteCode", DERDE).queryParam("pageSize", 100).get(PAD);
        lijst.then().statusCode(200).body("resultaten.id", hasItem(id))
                .body("resultaten.status", hasItem("GEWEIGERD"))
                .body("resultaten.tussenpersoon", hasItem("balie-weigering-" + DERDE));
        assertThat(lijst.asString()).doesNotContain(bsn);
        ongeldig(als(Rol.VERGUNNINGVERLENER, DERDE)).get(PAD).then().statusCode(403);
    }

    @Test
    void eenMedewerkerDientPerDagNietMeerDanHetMaximumIn() {
        String medewerker = baliemedewerker("limiet", ELDERS);
        int maximum = config.maxVerzoekenPerDag();
        for (int i = 0; i < maximum; i++) {
            // Refused requests count too: probing identifiers one 404 at a time stops at the limit.
            ongeldig(metToken(medewerker)).header("X-Doelbinding", "Inzageverzoek AVG")
                    .header("X-Verwerkingsactiviteit", "Balie").body(Map.of("identificatie", Personen.metBsn(Personen.bsn())))
                    .post(PAD).then().statusCode(404);
        }
        Response teVeel = ongeldig(metToken(medewerker)).header("X-Doelbinding", "Inzageverzoek AVG")
                .header("X-Verwerkingsactiviteit", "Balie").body(Map.of("identificatie", Personen.metBsn(Personen.bsn())))
                .post(PAD);
        teVeel.then().statusCode(429).contentType("application/problem+json").body("code", equalTo("te-veel-verzoeken"));
        long wacht = Long.parseLong(teVeel.header("Retry-After"));
        assertThat(wacht).isBetween(1L, 25L * 3600);
        assertThat(database.getal("select count(*) from dataverwerking where actor = ? and operatie = ? and status = 'FOUT'",
                "balie-limiet-" + ELDERS, "inzageverzoek.indienen")).isEqualTo(maximum + 1);
        // Another officer is not affected.
        String bsn = Personen.bsn();
        RegistratieTest.registreerd(ELDERS, bsn);
        dienIn(baliemedewerker("ander", ELDERS), bsn).then().statusCode(201);
    }

    @Test
    void naDeBewaartermijnKanDePersoonNogInzageVragen() {
        String bsn = Personen.bsn();
        String nummer = RegistratieTest.registreerd(DERDE, bsn);
        besluit(DERDE, nummer, "INTREKKEN").then().statusCode(200);
        database.voerUit("update registratie set beeindigd_op = ? where registratienummer = ?", vandaag().minusYears(1), nummer);
        bewaartermijn.ruimOp(vandaag());
        assertThat(database.getal("select count(*) from registratie where registratienummer = ?", nummer)).isZero();

        // The registration is gone, its log entries are not: the desk of the municipality that registered
        // the person can still file the request, and the person still gets the whole report.
        String locatie = dienIn(baliemedewerker("a", DERDE), bsn).then().statusCode(201).extract().header("Location");
        metDoel(metToken(baliemedewerker("b", DERDE))).post(locatie + "/goedkeuring").then().statusCode(200)
                .body("verwerkingen.operatie", hasItem("registratie.aanmaken"))
                .body("verwerkingen.operatie", hasItem("registratie.besluit.intrekken"));
        metToken(Tokens.betrokkene(bsn)).get("/api/v1/inzage").then().statusCode(200)
                .body("verwerkingen.operatie", hasItem("registratie.aanmaken"));
        // Still nowhere else.
        ongeldig(metDoel(metToken(baliemedewerker("a", GM)))).body(Map.of("identificatie", Personen.metBsn(bsn)))
                .post(PAD).then().statusCode(404);
    }

    /** Checks a compact JWS as an outside verifier would, with the published key; returns its payload. */
    private JsonNode controleerJws(String jws) throws Exception {
        String[] delen = jws.split("\\.");
        assertThat(delen).hasSize(3);
        JsonNode kop = JSON.readTree(Base64.getUrlDecoder().decode(delen[0]));
        assertThat(kop.get("alg").asText()).isEqualTo("EdDSA");
        assertThat(kop.get("kid").asText()).isEqualTo(ondertekenaar.sleutelId());
        assertThat(Ondertekenaar.klopt(ondertekenaar.publiekeSleutel(), delen[0] + "." + delen[1], delen[2])).isTrue();
        // A changed payload no longer verifies.
        String anders = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"verwerkingen\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(Ondertekenaar.klopt(ondertekenaar.publiekeSleutel(), delen[0] + "." + anders, delen[2])).isFalse();
        return JSON.readTree(Base64.getUrlDecoder().decode(delen[1]));
    }
}
