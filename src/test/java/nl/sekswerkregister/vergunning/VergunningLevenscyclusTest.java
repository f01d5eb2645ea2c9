package nl.sekswerkregister.vergunning;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static nl.sekswerkregister.support.Testdata.besluit;
import static nl.sekswerkregister.support.Testdata.neemBesluit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.vergunning.domain.Besluittype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class VergunningLevenscyclusTest {

    /** Licences of the first; an enforcement officer of the second; the third numbers its own. */
    static final List<String> GEMEENTEN = Eigendom.gemeenten(VergunningLevenscyclusTest.class, 3);
    static final String GM = GEMEENTEN.get(0);

    @Inject
    Database database;

    @Test
    void aanvraagVerlenenSchorsenOpheffenIntrekken_metStatuscontroleEnHistorie() {
        String exploitant = Testdata.exploitant(GM);
        String nummer = als(Rol.VERGUNNINGVERLENER, GM)
                .body(Testdata.vergunningAanvraag(GM, exploitant, "RAAMPROSTITUTIE"))
                .post("/api/v1/vergunningen")
                .then().statusCode(201)
                .header("Location", matchesPattern("/api/v1/vergunningen/" + GM + "-" + vandaag().getYear() + "-\\d{6}"))
                .body("status", equalTo("AANGEVRAAGD"))
                .body("exploitantId", equalTo(exploitant))
                .body("geldigTot", nullValue())
                .extract().path("vergunningnummer");
        assertThat(nummer).matches(GM + "-" + vandaag().getYear() + "-\\d{6}");
        controle(nummer, "NIET_VERLEEND");

        als(Rol.VERGUNNINGVERLENER, GM).body(besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten")
                .then().statusCode(201)
                .body("statusVoor", equalTo("AANGEVRAAGD")).body("statusNa", equalTo("VERLEEND"))
                .body("geldigTot", equalTo(vandaag().plusYears(5).toString()));
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then().statusCode(200)
                .body("status", equalTo("VERLEEND"))
                .body("geldigVanaf", equalTo(vandaag().toString()))
                .body("geldigTot", equalTo(vandaag().plusYears(5).toString()));
        controle(nummer, "GELDIG");

        neemBesluit(GM, nummer, "SCHORSEN");
        controle(nummer, "GESCHORST");
        neemBesluit(GM, nummer, "SCHORSING_OPHEFFEN");
        controle(nummer, "GELDIG");
        neemBesluit(GM, nummer, "INTREKKEN");
        controle(nummer, "INGETROKKEN");

        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(200)
                .body("resultaten", hasSize(4))
                .body("resultaten.besluittype", equalTo(List.of("VERLENEN", "SCHORSEN", "SCHORSING_OPHEFFEN", "INTREKKEN")))
                .body("resultaten[3].statusNa", equalTo("INGETROKKEN"))
                .body("resultaten[0].motivering", equalTo("Aanvraag voldoet aan de APV."));
    }

    @Test
    void statuscontroleGeeftAlleenWatDeHandhaverNodigHeeft() {
        String nummer = Testdata.verleend(GM);
        Map<String, Object> antwoord = als(Rol.HANDHAVER, GEMEENTEN.get(1))
                .get("/api/v1/vergunningen/" + nummer + "/status")
                .then().statusCode(200)
                .body("vergunningnummer", equalTo(nummer))
                .body("gemeenteCode", equalTo(GM))
                .body("bedrijfstype", equalTo("CLUB"))
                .body("status", equalTo("GELDIG"))
                .body("geldigTot", equalTo(vandaag().plusYears(5).toString()))
                .extract().jsonPath().getMap("");
        // The premises' address is shown (a public decision, and a number from other premises must be
        // caught at the door); the operator and the managers never are.
        assertThat(antwoord).containsOnlyKeys("vergunningnummer", "gemeenteCode", "bedrijfstype", "status",
                "geldigTot", "gecontroleerdOp", "vestigingsadres", "_links");
        assertThat((String) antwoord.get("gecontroleerdOp")).endsWith("Z");
    }

    @Test
    void eenVerleendeVergunningVoorbijGeldigTotIsMeteenVerlopen() {
        String nummer = Testdata.verleend(GM);
        // Time passes: the last day of validity was yesterday. No job runs in between.
        database.voerUit("update vergunning set geldig_vanaf = ?, geldig_tot = ? where vergunningnummer = ?",
                vandaag().minusYears(5), vandaag().minusDays(1), nummer);

        controle(nummer, "VERLOPEN");
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then()
                .body("status", equalTo("VERLOPEN"));
        als(Rol.AUDITOR).queryParam("status", "VERLOPEN").queryParam("gemeenteCode", GM).queryParam("pageSize", 100)
                .get("/api/v1/vergunningen").then().statusCode(200)
                .body("resultaten.vergunningnummer", org.hamcrest.Matchers.hasItem(nummer));
        als(Rol.AUDITOR).queryParam("status", "VERLEEND").queryParam("gemeenteCode", GM).queryParam("pageSize", 100)
                .get("/api/v1/vergunningen").then().statusCode(200)
                .body("resultaten.vergunningnummer", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(nummer)));
        // An expired licence cannot be suspended any more.
        als(Rol.VERGUNNINGVERLENER, GM).body(besluit("SCHORSEN"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten")
                .then().statusCode(409).body("detail", containsString("VERLOPEN"));
    }

    @Test
    void opDeLaatsteDagIsDeVergunningNogGeldig() {
        String nummer = Testdata.verleend(GM);
        database.voerUit("update vergunning set geldig_vanaf = ?, geldig_tot = ? where vergunningnummer = ?",
                vandaag().minusYears(1), vandaag(), nummer);
        controle(nummer, "GELDIG");
    }

    /**
     * "Geldig tot en met" a day means until midnight in Amsterdam, whatever the time in UTC: at that
     * midnight it is still the same day in UTC. The service's clock is moved there and back.
     */
    @Test
    void eenVergunningVerlooptOmMiddernachtInAmsterdam() {
        LocalDate laatsteDag = vandaag();
        String nummer = Testdata.verleendTot(GM, "CLUB", laatsteDag);
        Instant middernacht = laatsteDag.plusDays(1).atStartOfDay(Klok.NEDERLAND).toInstant();
        try {
            TestKlok.zet(middernacht.minusMillis(1));
            controle(nummer, "GELDIG");
            TestKlok.zet(middernacht);
            controle(nummer, "VERLOPEN");
        } finally {
            TestKlok.herstel();
        }
        controle(nummer, "GELDIG");
    }

    @Test
    void eenVergunningDieNogMoetIngaanIsNogNietVerleend() {
        String nummer = Testdata.aanvraag(GM);
        als(Rol.VERGUNNINGVERLENER, GM)
                .body(Map.of("besluittype", "VERLENEN", "motivering", "Voldoet.", "ingangsdatum",
                        vandaag().plusMonths(1).toString(), "geldigTot", vandaag().plusYears(2).toString()))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201);
        controle(nummer, "NIET_VERLEEND");
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then()
                .body("status", equalTo("VERLEEND"));
    }

    @Test
    void weigerenEnAanvraagIntrekkenEindigenDeAanvraag() {
        String geweigerd = Testdata.aanvraag(GM);
        neemBesluit(GM, geweigerd, "WEIGEREN");
        controle(geweigerd, "NIET_VERLEEND");
        String ingetrokken = Testdata.aanvraag(GM);
        neemBesluit(GM, ingetrokken, "AANVRAAG_INTREKKEN");
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + ingetrokken).then()
                .body("status", equalTo("AANVRAAG_INGETROKKEN"));
    }

    /** Every decision that the lifecycle does not allow, from every reachable status. */
    static Stream<Arguments> ongeldigeOvergangen() {
        Map<String, List<String>> pad = Map.of(
                "AANGEVRAAGD", List.of(),
                "VERLEEND", List.of("VERLENEN"),
                "GESCHORST", List.of("VERLENEN", "SCHORSEN"),
                "GEWEIGERD", List.of("WEIGEREN"),
                "INGETROKKEN", List.of("VERLENEN", "INTREKKEN"),
                "AANVRAAG_INGETROKKEN", List.of("AANVRAAG_INTREKKEN"));
        Map<String, List<String>> toegestaan = Map.of(
                "AANGEVRAAGD", List.of("VERLENEN", "WEIGEREN", "AANVRAAG_INTREKKEN"),
                "VERLEEND", List.of("SCHORSEN", "INTREKKEN", "VERLENGEN"),
                "GESCHORST", List.of("SCHORSING_OPHEFFEN", "INTREKKEN", "VERLENGEN"),
                "GEWEIGERD", List.of(), "INGETROKKEN", List.of(), "AANVRAAG_INGETROKKEN", List.of());
        return pad.keySet().stream().sorted().flatMap(status -> Stream.of(Besluittype.values())
                .filter(b -> !toegestaan.get(status).contains(b.name()))
                .map(b -> Arguments.of(status, pad.get(status), b.name())));
    }

    @ParameterizedTest(name = "{2} op status {0}: 409")
    @MethodSource("ongeldigeOvergangen")
    void ongeldigeOvergangKrijgt409MetDeHuidigeStatus(String status, List<String> pad, String besluittype) {
        String nummer = Testdata.aanvraag(GM);
        pad.forEach(b -> neemBesluit(GM, nummer, b));
        long besluitenVoor = database.aantal("besluit");

        als(Rol.VERGUNNINGVERLENER, GM).body(besluit(besluittype))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ongeldige-statusovergang"))
                .body("detail", containsString("heeft status " + status));

        assertThat(database.aantal("besluit")).isEqualTo(besluitenVoor);
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then().body("status", equalTo(status));
    }

    @Test
    void vergunningnummersLopenPerGemeenteEnJaarOp() {
        String gm = GEMEENTEN.get(2);
        String eerste = Testdata.aanvraag(gm);
        String tweede = Testdata.aanvraag(gm);
        int a = Integer.parseInt(eerste.substring(12));
        int b = Integer.parseInt(tweede.substring(12));
        assertThat(b).isEqualTo(a + 1);
        assertThat(eerste).startsWith(gm + "-" + vandaag().getYear() + "-");
    }

    @Test
    void escortHeeftGeenVestigingsadresNodig() {
        String exploitant = Testdata.exploitant(GM);
        als(Rol.VERGUNNINGVERLENER, GM)
                .body(Map.of("gemeenteCode", GM, "exploitantId", exploitant, "bedrijfstype", "ESCORT",
                        "beheerders", List.of(Testdata.beheerder())))
                .post("/api/v1/vergunningen")
                .then().statusCode(201).body("vestigingsadres", nullValue());
    }

    private static void controle(String nummer, String status) {
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + nummer + "/status")
                .then().statusCode(200).body("status", equalTo(status));
    }
}
