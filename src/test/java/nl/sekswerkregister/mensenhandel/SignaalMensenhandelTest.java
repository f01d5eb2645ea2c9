package nl.sekswerkregister.mensenhandel;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
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
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Signals of human trafficking: handed over with the least data, they reach the RIEC of the
 * municipality's region and its police unit, and nobody else outside the municipality; every hand-over
 * and read is in the processing log with its purpose; no identity of a sex worker gets in.
 */
@QuarkusTest
class SignaalMensenhandelTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(SignaalMensenhandelTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final String PAD = "/api/v1/signalen-mensenhandel";
    static final long ZAAD = System.nanoTime();
    static final SplittableRandom TOEVAL = new SplittableRandom(ZAAD);

    @Inject
    Database database;

    @Test
    void eenSignaalBereiktHetRiecEnDePolitieVanDeRegioEnNiemandAnders() {
        String riec = regio(GM, "riecRegio");
        String eenheid = regio(GM, "politieEenheid");
        String id = draagOver(GM, signaal(uniekAdres())).then().statusCode(201)
                .body("gemeenteCode", equalTo(GM))
                .body("overdrachten.ontvanger", contains("RIEC", "POLITIE"))
                .body("overdrachten.regio", contains(riec, eenheid))
                .body("overdrachten[0].overgedragenOp", notNullValue())
                .extract().path("id");

        // Those it was handed to, and the municipality's own enforcement officers, read it.
        for (RequestSpecification lezer : List.of(riec(riec), politie(eenheid), doel(als(Rol.HANDHAVER, GM)))) {
            lezer.get(PAD + "/" + id).then().statusCode(200).body("id", equalTo(id));
        }
        for (RequestSpecification lezer : List.of(riec(riec), politie(eenheid), doel(als(Rol.HANDHAVER, GM)))) {
            lezer.queryParam("gemeenteCode", GM).get(PAD).then().statusCode(200).body("resultaten.id", hasItem(id));
        }

        // Nobody else: another RIEC, another unit, another municipality's officers, the auditor, the
        // licensing desk and policy of the municipality itself. The signal does not exist for them.
        String andereRiec = anderDan(riec, List.of("Limburg", "Noord-Nederland"));
        String andereEenheid = anderDan(eenheid, List.of("Limburg", "Noord-Nederland"));
        for (RequestSpecification ander : List.of(riec(andereRiec), politie(andereEenheid),
                doel(als(Rol.HANDHAVER, ANDERE)), doel(als(Rol.AUDITOR)), doel(als(Rol.LANDELIJK_BEHEERDER)),
                doel(als(Rol.VERGUNNINGVERLENER, GM)), doel(als(Rol.BELEIDSMEDEWERKER, GM)))) {
            ander.get(PAD + "/" + id).then().statusCode(404).body("code", equalTo("niet-gevonden"));
        }
        for (RequestSpecification ander : List.of(riec(andereRiec), politie(andereEenheid),
                doel(als(Rol.HANDHAVER, ANDERE)))) {
            ander.queryParam("gemeenteCode", GM).get(PAD).then().statusCode(200).body("resultaten.id", not(hasItem(id)));
        }
        doel(als(Rol.AUDITOR)).get(PAD).then().statusCode(403);
        doel(als(Rol.VERIFICATEUR)).get(PAD + "/" + id).then().statusCode(403);
        doel(metToken(Tokens.betrokkene(Personen.bsn()))).get(PAD + "/" + id).then().statusCode(403);
    }

    @Test
    void deOverdrachtEnElkeLezingStaanMetHunDoelInHetLogboek() {
        String doel = "Signaal mensenhandel " + ZAAD;
        String id = als(Rol.HANDHAVER, GM).header("X-Doelbinding", doel)
                .header("X-Verwerkingsactiviteit", "Overdracht aan RIEC en politie").body(signaal(uniekAdres()))
                .post(PAD).then().statusCode(201).extract().path("id");
        metToken(Tokens.metRegio(Rol.RIEC, "riecRegio", regio(GM, "riecRegio"))).header("X-Doelbinding", doel)
                .header("X-Verwerkingsactiviteit", "Beoordeling signaal").get(PAD + "/" + id).then().statusCode(200);
        als(Rol.HANDHAVER, ANDERE).header("X-Doelbinding", doel).header("X-Verwerkingsactiviteit", "Beoordeling")
                .get(PAD + "/" + id).then().statusCode(404);
        assertThat(database.rijen("select operatie || '/' || status || '/' || rol || '/' || organisatie from "
                + "dataverwerking where doelbinding = '" + doel + "' order by operatie, status").stream().map(r -> r[0])
                .toList()).as("zaad " + ZAAD)
                .containsExactly("signaal-mensenhandel.overdragen/OK/handhaver/" + GM,
                        "signaal-mensenhandel.raadplegen/FOUT/handhaver/" + ANDERE,
                        "signaal-mensenhandel.raadplegen/OK/riec/RIEC " + regio(GM, "riecRegio"));

        // Without a purpose nothing is handed over.
        long voor = database.aantal("signaal_mensenhandel");
        ongeldig(als(Rol.HANDHAVER, GM)).body(signaal(uniekAdres())).post(PAD).then().statusCode(400)
                .body("invalidParams.name", hasItem("X-Doelbinding"));
        assertThat(database.aantal("signaal_mensenhandel")).isEqualTo(voor);
    }

    @Test
    void eenIdentiteitKanNietWordenIngestuurd() {
        long voor = database.aantal("signaal_mensenhandel");
        Map<String, Object> metPersoon = signaal(uniekAdres());
        metPersoon.put("naam", "Echonaam Persoon");
        metPersoon.put("bsn", Personen.bsn());
        metPersoon.put("registratienummer", "2YBN-CQZJ-309");
        metPersoon.put("telefoonnummer", "0612345678");
        metPersoon.put("foto", "aGVsbG8=");
        draagOver(GM, ongeldig(doel(als(Rol.HANDHAVER, GM))), metPersoon).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("bsn", "foto", "naam", "registratienummer", "telefoonnummer"))
                .body("invalidParams.code", contains("onbekend-veld", "onbekend-veld", "onbekend-veld", "onbekend-veld",
                        "onbekend-veld"));

        String bsn = Personen.bsn();
        Map<String, Object> bsnInToelichting = signaal(uniekAdres());
        bsnInToelichting.put("toelichting", "Zag een pas met nummer " + bsn + " op tafel.");
        bsnInToelichting.put("organisatie", "Team " + bsn);
        String antwoord = draagOver(GM, ongeldig(doel(als(Rol.HANDHAVER, GM))), bsnInToelichting).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("organisatie", "toelichting"))
                .body("invalidParams.code", contains("persoonsgegeven", "persoonsgegeven"))
                .extract().asString();
        assertThat(antwoord).doesNotContain(bsn);
        assertThat(database.aantal("signaal_mensenhandel")).isEqualTo(voor);
    }

    @Test
    void eenIndicatorBuitenDeLijstNoemtZijnPlaats() {
        Map<String, Object> body = signaal(uniekAdres());
        body.put("indicatoren", List.of("CONTROLE_DOOR_DERDEN", "Echovrijetekst over iemand", "SCHULDENLAST",
                "CONTROLE_DOOR_DERDEN"));
        String antwoord = draagOver(GM, ongeldig(doel(als(Rol.HANDHAVER, GM))), body).then().statusCode(400)
                .body("invalidParams.name", contains("indicatoren[1]", "indicatoren[3]"))
                .body("invalidParams.code", contains("type", "dubbel"))
                .extract().asString();
        assertThat(antwoord).doesNotContain("Echovrijetekst");
        body.put("indicatoren", List.of());
        draagOver(GM, ongeldig(doel(als(Rol.HANDHAVER, GM))), body).then().statusCode(400)
                .body("invalidParams.name", contains("indicatoren"));
    }

    @Test
    void deVestigingIsVanDeEigenGemeenteEnPreciesEenmaalGegeven() {
        String elders = draagOver(ANDERE, signaal(uniekAdres())).then().statusCode(201).extract().path("vestigingId");
        Map<String, Object> body = signaal(null);
        body.put("vestigingId", elders);
        body.put("datum", TestKlok.vandaag().plusDays(1).toString());
        draagOver(GM, ongeldig(doel(als(Rol.HANDHAVER, GM))), body).then().statusCode(400)
                .body("invalidParams.name", contains("datum", "vestigingId"))
                .body("invalidParams.code", contains("toekomst", "onbekend"));
        body = signaal(uniekAdres());
        body.put("vestigingId", elders);
        draagOver(GM, ongeldig(doel(als(Rol.HANDHAVER, GM))), body).then().statusCode(400)
                .body("invalidParams.code", hasItem("een-van"));

        // The municipality's own premises by id, and the licensing desk may hand over too (an intake).
        String eigen = draagOver(GM, signaal(uniekAdres())).then().statusCode(201).extract().path("vestigingId");
        body = signaal(null);
        body.put("vestigingId", eigen);
        doel(als(Rol.VERGUNNINGVERLENER, GM)).body(body).post(PAD).then().statusCode(201)
                .body("vestigingId", equalTo(eigen));
        doel(als(Rol.BELEIDSMEDEWERKER, GM)).body(body).post(PAD).then().statusCode(403);
        doel(metToken(Tokens.voor(Rol.HANDHAVER))).body(body).post(PAD).then().statusCode(403);
        riec(regio(GM, "riecRegio")).body(body).post(PAD).then().statusCode(403);
    }

    @Test
    void eenCorrectieIsEenNieuwSignaalDatHetOudeNoemt() {
        String oud = draagOver(GM, signaal(uniekAdres())).then().statusCode(201).extract().path("id");
        Map<String, Object> correctie = signaal(uniekAdres());
        correctie.put("vervangt", oud);
        draagOver(GM, correctie).then().statusCode(201).body("vervangt", equalTo(oud))
                .body("_links.vervangt.href", equalTo(PAD + "/" + oud));
        // The old one stays as it was.
        doel(als(Rol.HANDHAVER, GM)).get(PAD + "/" + oud).then().statusCode(200).body("vervangt", equalTo(null));
        // Another municipality cannot claim to correct it, nor learn that it exists.
        draagOver(ANDERE, ongeldig(doel(als(Rol.HANDHAVER, ANDERE))), correctie).then().statusCode(400)
                .body("invalidParams.name", contains("vervangt"));
        assertThat(database.voerUitVerwachtFout("update signaal_mensenhandel set datum = datum"))
                .contains("permission denied");
        assertThat(database.voerUitVerwachtFout("delete from signaal_indicator")).contains("permission denied");
    }

    @Test
    void eenHerhalingMetDezelfdeSleutelGeeftHetzelfdeSignaal() {
        Map<String, Object> body = signaal(uniekAdres());
        String sleutel = "signaal-" + UUID.randomUUID();
        long voor = database.aantal("signaal_mensenhandel");
        String eerste = doel(als(Rol.HANDHAVER, GM)).header("Idempotency-Key", sleutel).body(body).post(PAD)
                .then().statusCode(201).extract().path("id");
        doel(als(Rol.HANDHAVER, GM)).header("Idempotency-Key", sleutel).header("traceparent",
                        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").body(body).post(PAD)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(eerste));
        assertThat(database.aantal("signaal_mensenhandel")).isEqualTo(voor + 1);
        Map<String, Object> ander = new HashMap<>(body);
        ander.put("indicatoren", List.of("SPOREN_VAN_GEWELD"));
        doel(als(Rol.HANDHAVER, GM)).header("Idempotency-Key", sleutel).body(ander).post(PAD).then().statusCode(409);
        assertThat(database.aantal("signaal_mensenhandel")).isEqualTo(voor + 1);
    }

    @Test
    void deLijstFiltertOpPeriodeEnGemeente() {
        Map<String, Object> oud = signaal(uniekAdres());
        oud.put("datum", "2019-03-04");
        String id = draagOver(GM, oud).then().statusCode(201).extract().path("id");
        riec(regio(GM, "riecRegio")).queryParam("vanaf", "2019-03-04").queryParam("tot", "2019-03-04")
                .get(PAD).then().statusCode(200).body("resultaten.id", hasItem(id))
                .body("resultaten.datum", not(hasItem(TestKlok.vandaag().toString())));
        riec(regio(GM, "riecRegio")).queryParam("vanaf", "2019-03-05").get(PAD).then().statusCode(200)
                .body("resultaten.id", not(hasItem(id)));
        ongeldig(riec(regio(GM, "riecRegio"))).queryParam("vanaf", "2019-03-05").queryParam("tot", "2019-03-04")
                .get(PAD).then().statusCode(400).body("invalidParams.name", contains("tot"));
    }

    /** The contract's indicator list is the service's, each value with its description. */
    @Test
    void deIndicatorenVanHetContractZijnDieVanDeDienst() {
        var schema = nl.sekswerkregister.support.Contract.document().path("components").path("schemas").path("Indicator");
        List<String> inContract = new java.util.ArrayList<>();
        schema.path("enum").forEach(w -> inContract.add(w.asText()));
        assertThat(inContract).containsExactly(java.util.Arrays.stream(
                nl.sekswerkregister.mensenhandel.domain.Indicator.values()).map(Enum::name).toArray(String[]::new));
        for (var indicator : nl.sekswerkregister.mensenhandel.domain.Indicator.values()) {
            assertThat(schema.path("description").asText()).contains("`" + indicator.name() + "`: " + indicator.omschrijving());
        }
    }

    static String regio(String gemeente, String veld) {
        return als(Rol.AUDITOR).get("/api/v1/gemeenten/" + gemeente).then().statusCode(200).extract().path(veld);
    }

    private static String anderDan(String regio, List<String> kandidaten) {
        return kandidaten.stream().filter(k -> !k.equals(regio)).findFirst().orElseThrow();
    }

    static RequestSpecification riec(String regio) {
        return doel(metToken(Tokens.metRegio(Rol.RIEC, "riecRegio", regio)));
    }

    static RequestSpecification politie(String eenheid) {
        return doel(metToken(Tokens.metRegio(Rol.POLITIE, "politieEenheid", eenheid)));
    }

    static RequestSpecification doel(RequestSpecification s) {
        return s.header("X-Doelbinding", "Signaaltest").header("X-Verwerkingsactiviteit", "Signaaltest");
    }

    private static io.restassured.response.Response draagOver(String gemeente, Map<String, Object> body) {
        return draagOver(gemeente, doel(als(Rol.HANDHAVER, gemeente)), body);
    }

    private static io.restassured.response.Response draagOver(String gemeente, RequestSpecification spec,
                                                              Map<String, Object> body) {
        Eigendom.vereisEigenaar(gemeente);
        return spec.body(body).post(PAD);
    }

    static Map<String, Object> signaal(Map<String, Object> adres) {
        Map<String, Object> body = new HashMap<>();
        if (adres != null) {
            body.put("adres", adres);
        }
        body.put("datum", TestKlok.vandaag().minusDays(1).toString());
        body.put("indicatoren", List.of("WONEN_OP_WERKPLEK", "CONTROLE_DOOR_DERDEN"));
        body.put("organisatie", "Gemeente, team Toezicht (test)");
        return body;
    }

    static Map<String, Object> uniekAdres() {
        return Testdata.uniekAdres(TOEVAL, "Signaalstraat");
    }
}
