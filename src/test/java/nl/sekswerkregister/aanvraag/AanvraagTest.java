package nl.sekswerkregister.aanvraag;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.sekswerkregister.aanvraag.service.BibobService;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Gelijktijdig;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * The application as a case, as the licensing desk uses it: received, incomplete, supplemented,
 * extended once, decided (in time or not), with Bibob steps, and the consequence of a passed period as
 * the rule set in force on the day of receipt says it.
 */
@QuarkusTest
class AanvraagTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(AanvraagTest.class, 3);
    /** No rule set: the Awb's eight weeks, consequence unknown. */
    static final String ZONDER = GEMEENTEN.get(0);
    /** Twelve weeks and a licence by operation of law. */
    static final String STIL = GEMEENTEN.get(1);
    /** Decided not to have a licence by operation of law. */
    static final String NIET = GEMEENTEN.get(2);

    @Inject
    BibobService bibob;

    private static String aanvraag(String gemeente, LocalDate ontvangenOp) {
        return aanvraag(gemeente, Testdata.exploitant(gemeente), ontvangenOp);
    }

    private static String aanvraag(String gemeente, String exploitant, LocalDate ontvangenOp) {
        Map<String, Object> body = new HashMap<>(Testdata.vergunningAanvraag(gemeente, exploitant, "CLUB"));
        body.put("ontvangenOp", ontvangenOp.toString());
        return als(Rol.VERGUNNINGVERLENER, gemeente).body(body).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
    }

    private static String zaak(String nummer) {
        return "/api/v1/vergunningen/" + nummer + "/aanvraag";
    }

    private static JsonPath lees(String gemeente, String nummer) {
        return als(Rol.VERGUNNINGVERLENER, gemeente).get(zaak(nummer)).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> onvolledigheid(LocalDate verzocht, LocalDate tot) {
        return Map.of("verzochtOp", verzocht.toString(), "hersteltermijnTot", tot.toString(),
                "ontbrekendeStukken", List.of(Map.of("soort", "ONDERNEMINGSPLAN"),
                        Map.of("soort", "OVERIG", "toelichting", "Huurovereenkomst van het pand")));
    }

    /** At least the plain sum of days, at most a weekend and holidays later, and a working day. */
    private static void isUiterlijk(String datum, LocalDate kaal) {
        LocalDate uiterlijk = LocalDate.parse(datum);
        assertThat(uiterlijk).isAfterOrEqualTo(kaal).isBeforeOrEqualTo(kaal.plusDays(4));
        assertThat(uiterlijk.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void zonderRegelsetGeldenAchtWekenEnIsHetGevolgOnbekend() {
        LocalDate ontvangen = vandaag().minusDays(3);
        String nummer = aanvraag(ZONDER, ontvangen);
        JsonPath a = lees(ZONDER, nummer);
        assertThat(a.getString("status")).isEqualTo("ONTVANGEN");
        assertThat(a.getString("ontvangenOp")).isEqualTo(ontvangen.toString());
        assertThat(a.getInt("beslistermijn.weken")).isEqualTo(8);
        assertThat(a.getString("beslistermijn.bron")).isEqualTo("AWB");
        assertThat(a.getString("beslistermijn.gevolgBijNietTijdigBeslissen")).isEqualTo("ONBEKEND");
        assertThat(a.getBoolean("beslistermijn.verstreken")).isFalse();
        assertThat(a.getBoolean("ontvankelijkheid.volledig")).isTrue();
        isUiterlijk(a.getString("beslistermijn.uiterlijkeBeslisdatum"), ontvangen.plusWeeks(8));

        JsonPath historie = als(Rol.VERGUNNINGVERLENER, ZONDER).get(zaak(nummer) + "/historie").then().statusCode(200)
                .extract().jsonPath();
        assertThat(historie.getList("resultaten.gebeurtenis")).containsExactly("ONTVANGEN");
        assertThat(historie.getString("resultaten[0].vastgelegdDoor.organisatie")).isEqualTo(ZONDER);
        assertThat(historie.getString("resultaten[0].vastgelegdDoor.rol")).isEqualTo("vergunningverlener");
        assertThat(historie.getString("resultaten[0].datum")).isEqualTo(ontvangen.toString());

        // Without ontvangenOp: received today.
        String vandaag = Testdata.aanvraag(ZONDER);
        assertThat(lees(ZONDER, vandaag).getString("ontvangenOp")).isEqualTo(vandaag().toString());
    }

    @Test
    void eenAanvraagUitDeToekomstBestaatNiet() {
        Map<String, Object> body = new HashMap<>(Testdata.vergunningAanvraag(ZONDER, Testdata.exploitant(ZONDER), "CLUB"));
        body.put("ontvangenOp", vandaag().plusDays(1).toString());
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(body).post("/api/v1/vergunningen")
                .then().statusCode(400).body("invalidParams.name", hasItem("ontvangenOp"));
    }

    @Test
    void eenVerzoekOmAanvullingSchortDeTermijnOpTotDeAanvulling() {
        LocalDate ontvangen = vandaag().minusDays(10);
        String nummer = aanvraag(ZONDER, ontvangen);
        String etag = als(Rol.VERGUNNINGVERLENER, ZONDER).get(zaak(nummer)).then().statusCode(200).extract().header("ETag");

        JsonPath na = als(Rol.VERGUNNINGVERLENER, ZONDER).header("If-Match", etag)
                .body(onvolledigheid(vandaag().minusDays(4), vandaag().plusDays(10)))
                .post(zaak(nummer) + "/onvolledigheden").then().statusCode(200).extract().jsonPath();
        assertThat(na.getString("status")).isEqualTo("ONVOLLEDIG");
        assertThat(na.getBoolean("ontvankelijkheid.volledig")).isFalse();
        assertThat(na.getList("ontvankelijkheid.onvolledigheden[0].ontbrekendeStukken.soort"))
                .containsExactly("ONDERNEMINGSPLAN", "OVERIG");
        assertThat(na.getBoolean("beslistermijn.opgeschort")).isTrue();
        // Until supplied, the period counts as if the recovery period runs out unused: 14 days.
        assertThat(na.getLong("beslistermijn.dagenOpgeschort")).isEqualTo(14);
        isUiterlijk(na.getString("beslistermijn.uiterlijkeBeslisdatum"), ontvangen.plusWeeks(8).plusDays(14));

        // The ETag read before is stale now; a second request while one is open is a conflict.
        als(Rol.VERGUNNINGVERLENER, ZONDER).header("If-Match", etag).body(Map.of("aangevuldOp", vandaag().toString()))
                .post(zaak(nummer) + "/aanvullingen").then().statusCode(412);
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(onvolledigheid(vandaag(), vandaag().plusDays(5)))
                .post(zaak(nummer) + "/onvolledigheden").then().statusCode(409);
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("aangevuldOp", vandaag().minusDays(5).toString()))
                .post(zaak(nummer) + "/aanvullingen").then().statusCode(400)
                .body("invalidParams.name", hasItem("aangevuldOp"));

        JsonPath aangevuld = als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("aangevuldOp", vandaag().minusDays(1).toString()))
                .post(zaak(nummer) + "/aanvullingen").then().statusCode(200).extract().jsonPath();
        assertThat(aangevuld.getString("status")).isEqualTo("IN_BEHANDELING");
        assertThat(aangevuld.getBoolean("ontvankelijkheid.volledig")).isTrue();
        assertThat(aangevuld.getBoolean("beslistermijn.opgeschort")).isFalse();
        // From the day after the request (vandaag - 3) up to and including the supplement (vandaag - 1).
        assertThat(aangevuld.getLong("beslistermijn.dagenOpgeschort")).isEqualTo(3);
        isUiterlijk(aangevuld.getString("beslistermijn.uiterlijkeBeslisdatum"), ontvangen.plusWeeks(8).plusDays(3));
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("aangevuldOp", vandaag().toString()))
                .post(zaak(nummer) + "/aanvullingen").then().statusCode(409);

        JsonPath historie = als(Rol.AUDITOR).get(zaak(nummer) + "/historie").then().statusCode(200).extract().jsonPath();
        assertThat(historie.getList("resultaten.gebeurtenis")).containsExactly("ONTVANGEN", "ONVOLLEDIG_VERKLAARD", "AANGEVULD");
        assertThat(historie.getList("resultaten.statusNa")).containsExactly("ONTVANGEN", "ONVOLLEDIG", "IN_BEHANDELING");
    }

    @Test
    void deTermijnWordtEenKeerVerdaagdEnNietNaAfloop() {
        LocalDate ontvangen = vandaag().minusDays(20);
        String nummer = aanvraag(ZONDER, ontvangen);
        Map<String, Object> verdaging = Map.of("weken", 6, "verdaagdOp", vandaag().toString(),
                "motivering", "Het Bibob-advies is nog niet ontvangen.");
        JsonPath na = als(Rol.VERGUNNINGVERLENER, ZONDER).body(verdaging).post(zaak(nummer) + "/verdagingen")
                .then().statusCode(200).extract().jsonPath();
        assertThat(na.getInt("beslistermijn.verdaging.weken")).isEqualTo(6);
        isUiterlijk(na.getString("beslistermijn.uiterlijkeBeslisdatum"), ontvangen.plusWeeks(14));
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("weken", 2, "verdaagdOp", vandaag().toString(),
                        "motivering", "Nog eens."))
                .post(zaak(nummer) + "/verdagingen").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("één keer"));

        // A period that has passed can no longer be extended.
        String verlopen = aanvraag(ZONDER, vandaag().minusDays(100));
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(verdaging).post(zaak(verlopen) + "/verdagingen").then().statusCode(409);
    }

    @Test
    void deRegelsetOpDeDagVanOntvangstBepaaltTermijnEnGevolg() {
        LocalDate vanaf = vandaag().minusDays(400);
        Testdata.gepubliceerdeRegelset(STIL, vanaf.toString(), vandaag().plusYears(2).toString(),
                Map.of("beslistermijnWeken", 12, "vanRechtswegeVerlening", true));
        Testdata.gepubliceerdeRegelset(NIET, vanaf.toString(), vandaag().plusYears(2).toString(),
                Map.of("nietGeregeld", List.of("vanRechtswegeVerlening")));

        // Received 100 days ago: twelve weeks (84 days) have passed.
        String verlopen = aanvraag(STIL, vandaag().minusDays(100));
        JsonPath a = lees(STIL, verlopen);
        assertThat(a.getInt("beslistermijn.weken")).isEqualTo(12);
        assertThat(a.getString("beslistermijn.bron")).isEqualTo("REGELSET");
        assertThat(a.getBoolean("beslistermijn.verstreken")).isTrue();
        assertThat(a.getString("beslistermijn.gevolgBijNietTijdigBeslissen")).isEqualTo("VAN_RECHTSWEGE_VERLEEND");
        // Surfaced, never granted by itself.
        als(Rol.VERGUNNINGVERLENER, STIL).get("/api/v1/vergunningen/" + verlopen).then().statusCode(200)
                .body("status", equalTo("AANGEVRAAGD"));

        String lopend = aanvraag(STIL, vandaag().minusDays(10));
        Response werkvoorraad = als(Rol.VERGUNNINGVERLENER, STIL).queryParam("termijnVerstreken", "true")
                .queryParam("pageSize", 100).get("/api/v1/aanvragen");
        werkvoorraad.then().statusCode(200).body("resultaten.vergunningnummer", hasItem(verlopen))
                .body("resultaten.vergunningnummer", not(hasItem(lopend)));
        als(Rol.VERGUNNINGVERLENER, STIL).queryParam("pageSize", 100).get("/api/v1/aanvragen").then().statusCode(200)
                .body("resultaten.vergunningnummer", hasItem(lopend));
        // Another municipality's desk does not see this worklist.
        als(Rol.VERGUNNINGVERLENER, ZONDER).queryParam("gemeenteCode", STIL).get("/api/v1/aanvragen").then().statusCode(403);

        JsonPath niet = lees(NIET, aanvraag(NIET, vandaag().minusDays(100)));
        assertThat(niet.getInt("beslistermijn.weken")).isEqualTo(8);
        assertThat(niet.getString("beslistermijn.bron")).isEqualTo("AWB");
        assertThat(niet.getString("beslistermijn.gevolgBijNietTijdigBeslissen")).isEqualTo("INGEBREKESTELLING_EN_DWANGSOM");
        assertThat(niet.getBoolean("beslistermijn.verstreken")).isTrue();
    }

    @Test
    void hetBesluitSluitDeZaakEnGebruiktHetBibobAdvies() {
        String nummer = aanvraag(ZONDER, vandaag().minusDays(5));
        String onderzoek = als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("gestartOp", vandaag().minusDays(4).toString()))
                .post(zaak(nummer) + "/bibob-onderzoeken").then().statusCode(201).extract().header("Location");
        // Out of order: no advice before it was asked for.
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("adviesOntvangenOp", vandaag().toString(), "mateVanGevaar", "GEEN"))
                .post(onderzoek + "/advies").then().statusCode(409);
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("adviesGevraagdOp", vandaag().minusDays(3).toString()))
                .post(onderzoek + "/adviesaanvraag").then().statusCode(200).body("adviesGevraagdOp",
                        equalTo(vandaag().minusDays(3).toString()));
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("adviesGevraagdOp", vandaag().minusDays(2).toString()))
                .post(onderzoek + "/adviesaanvraag").then().statusCode(409);
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("adviesOntvangenOp", vandaag().toString(), "mateVanGevaar",
                "MINDERE_MATE")).post(onderzoek + "/advies").then().statusCode(200).body("mateVanGevaar", equalTo("MINDERE_MATE"));
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("adviesOntvangenOp", vandaag().toString(), "mateVanGevaar",
                "ERNSTIG")).post(onderzoek + "/advies").then().statusCode(409);

        String besluitId = als(Rol.VERGUNNINGVERLENER, ZONDER).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201).extract().path("id");
        JsonPath a = lees(ZONDER, nummer);
        assertThat(a.getString("status")).isEqualTo("BESLOTEN");
        assertThat(a.getString("besluit.besluitId")).isEqualTo(besluitId);
        assertThat(a.getBoolean("besluit.tijdig")).isTrue();
        assertThat(a.getBoolean("beslistermijn.verstreken")).isFalse();
        als(Rol.VERGUNNINGVERLENER, ZONDER).get(onderzoek).then().statusCode(200)
                .body("gebruiktInBesluit", equalTo(besluitId));
        // A decided case takes no further steps.
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(onvolledigheid(vandaag(), vandaag().plusDays(7)))
                .post(zaak(nummer) + "/onvolledigheden").then().statusCode(409);
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("gestartOp", vandaag().toString()))
                .post(zaak(nummer) + "/bibob-onderzoeken").then().statusCode(409);
        assertThat(als(Rol.AUDITOR).get(zaak(nummer) + "/historie").then().statusCode(200).extract().jsonPath()
                .getList("resultaten.gebeurtenis")).containsExactly("ONTVANGEN", "BIBOB_GESTART", "BIBOB_ADVIES_GEVRAAGD",
                "BIBOB_ADVIES_ONTVANGEN", "BESLOTEN");

        // Refused after the period passed: recorded as late.
        String laat = aanvraag(ZONDER, vandaag().minusDays(100));
        Testdata.neemBesluit(ZONDER, laat, "WEIGEREN");
        JsonPath geweigerd = lees(ZONDER, laat);
        assertThat(geweigerd.getString("status")).isEqualTo("BESLOTEN");
        assertThat(geweigerd.getBoolean("besluit.tijdig")).isFalse();

        String ingetrokken = aanvraag(ZONDER, vandaag());
        Testdata.neemBesluit(ZONDER, ingetrokken, "AANVRAAG_INTREKKEN");
        assertThat(lees(ZONDER, ingetrokken).getString("status")).isEqualTo("INGETROKKEN");
    }

    @Test
    void bibobIsGeheimVoorAndereRollenEnGemeenten() {
        String nummer = aanvraag(ZONDER, vandaag());
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("gestartOp", vandaag().toString()))
                .post(zaak(nummer) + "/bibob-onderzoeken").then().statusCode(201);
        for (String rol : List.of(Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.HANDHAVINGSJURIST)) {
            als(rol, ZONDER).get(zaak(nummer) + "/bibob-onderzoeken").then().statusCode(403);
            als(rol, ZONDER).get(zaak(nummer)).then().statusCode(403);
        }
        als(Rol.VERGUNNINGVERLENER, STIL).get(zaak(nummer) + "/bibob-onderzoeken").then().statusCode(403);
        als(Rol.AUDITOR).get(zaak(nummer) + "/bibob-onderzoeken").then().statusCode(200)
                .body("resultaten.size()", equalTo(1));
    }

    @Test
    @TestTransaction
    void ernstigGevaarElderBlijktUitDeLandelijkeVraag() {
        String exploitant = Testdata.exploitant(ZONDER);
        String hier = aanvraag(ZONDER, exploitant, vandaag());
        String onderzoek = als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("gestartOp", vandaag().toString()))
                .post(zaak(hier) + "/bibob-onderzoeken").then().statusCode(201).extract().header("Location");
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("adviesGevraagdOp", vandaag().toString()))
                .post(onderzoek + "/adviesaanvraag").then().statusCode(200);
        als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("adviesOntvangenOp", vandaag().toString(), "mateVanGevaar", "ERNSTIG"))
                .post(onderzoek + "/advies").then().statusCode(200);

        UUID id = UUID.fromString(exploitant);
        assertThat(bibob.ernstigElders(id, STIL)).singleElement().satisfies(e -> {
            assertThat(e.gemeenteCode()).isEqualTo(ZONDER);
            assertThat(e.vergunningnummer()).isEqualTo(hier);
            assertThat(e.adviesOntvangenOp()).isEqualTo(vandaag());
        });
        assertThat(bibob.ernstigElders(id, ZONDER)).isEmpty();
        assertThat(bibob.ernstigVoorVergunningElders(hier, STIL)).hasSize(1);
    }

    @Test
    void tweeVergunningverlenersTegelijk() throws Exception {
        for (int ronde = 0; ronde < 3; ronde++) {
            String nummer = aanvraag(ZONDER, vandaag().minusDays(3));
            List<Callable<Integer>> onvolledig = List.of(
                    () -> als(Rol.VERGUNNINGVERLENER, ZONDER).body(onvolledigheid(vandaag(), vandaag().plusDays(7)))
                            .post(zaak(nummer) + "/onvolledigheden").statusCode(),
                    () -> als(Rol.VERGUNNINGVERLENER, ZONDER).body(onvolledigheid(vandaag(), vandaag().plusDays(9)))
                            .post(zaak(nummer) + "/onvolledigheden").statusCode());
            assertThat(Gelijktijdig.tegelijk(onvolledig)).containsExactlyInAnyOrder(200, 409);
            List<Callable<Integer>> verdagen = List.of(
                    () -> als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("weken", 2, "verdaagdOp", vandaag().toString(),
                            "motivering", "Eerste.")).post(zaak(nummer) + "/verdagingen").statusCode(),
                    () -> als(Rol.VERGUNNINGVERLENER, ZONDER).body(Map.of("weken", 3, "verdaagdOp", vandaag().toString(),
                            "motivering", "Tweede.")).post(zaak(nummer) + "/verdagingen").statusCode());
            assertThat(Gelijktijdig.tegelijk(verdagen)).containsExactlyInAnyOrder(200, 409);
            JsonPath a = lees(ZONDER, nummer);
            assertThat(a.getList("ontvankelijkheid.onvolledigheden")).hasSize(1);
            assertThat(a.getList("ontvankelijkheid.onvolledigheden[0].ontbrekendeStukken")).hasSize(2);
        }
    }
}
