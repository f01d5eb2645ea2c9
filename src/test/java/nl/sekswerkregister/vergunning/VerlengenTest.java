package nl.sekswerkregister.vergunning;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Gelijktijdig;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/** VERLENGEN: a new term that follows the current one under the same number, as a decision. */
@QuarkusTest
class VerlengenTest {

    /** Renewals of the first; the second has a rule set with a term from a date on. */
    static final List<String> GEMEENTEN = Eigendom.gemeenten(VerlengenTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String GM_REGELSET = GEMEENTEN.get(1);

    @Inject
    Database database;

    static Map<String, Object> verlenging(LocalDate ingangsdatum, LocalDate geldigTot) {
        Map<String, Object> body = new HashMap<>(Map.of("besluittype", "VERLENGEN", "motivering",
                "De exploitant voldoet nog aan de eisen van de APV.", "ingangsdatum", ingangsdatum.toString()));
        if (geldigTot != null) {
            body.put("geldigTot", geldigTot.toString());
        }
        return body;
    }

    static Response verleng(String gemeente, String nummer, Map<String, Object> body) {
        return als(Rol.VERGUNNINGVERLENER, gemeente).body(body).post("/api/v1/vergunningen/" + nummer + "/besluiten");
    }

    static void zetDag(LocalDate dag) {
        TestKlok.zet(dag.atTime(12, 0).atZone(Klok.NEDERLAND).toInstant());
    }

    @Test
    void eenVerlengingSluitAanZonderNieuwNummerEnDeStatuscontroleGeldtTotHetNieuweEinde() {
        LocalDate einde = vandaag().plusMonths(2);
        String nummer = Testdata.verleendTot(GM, "CLUB", einde);
        LocalDate nieuwEinde = einde.plusYears(3);
        verleng(GM, nummer, verlenging(einde.plusDays(1), nieuwEinde)).then().statusCode(201)
                .body("besluittype", equalTo("VERLENGEN"))
                .body("statusVoor", equalTo("VERLEEND")).body("statusNa", equalTo("VERLEEND"))
                .body("ingangsdatum", equalTo(einde.plusDays(1).toString()))
                .body("geldigTot", equalTo(nieuwEinde.toString()));
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then().statusCode(200)
                .body("vergunningnummer", equalTo(nummer)).body("status", equalTo("VERLEEND"))
                .body("geldigVanaf", equalTo(vandaag().toString())).body("geldigTot", equalTo(nieuwEinde.toString()));
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(200)
                .body("resultaten.besluittype", contains("VERLENEN", "VERLENGEN"));
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ? and type = ? and inhoud like ?",
                nummer, Gebeurtenistype.VERGUNNING_BESLUIT_GENOMEN.type(), "%VERLENGEN%")).isEqualTo(1);
        try {
            // The day after the old term and the last day of the new one: valid; the day after that: expired.
            zetDag(einde.plusDays(1));
            status(nummer).then().body("status", equalTo("GELDIG"));
            zetDag(nieuwEinde);
            status(nummer).then().body("status", equalTo("GELDIG"));
            zetDag(nieuwEinde.plusDays(1));
            status(nummer).then().body("status", equalTo("VERLOPEN"));
        } finally {
            TestKlok.herstel();
        }
    }

    @Test
    void eenVerlengingLaatGeenGatEnGeenOverlapEnNoemtHaarEinde() {
        LocalDate einde = vandaag().plusMonths(1);
        String nummer = Testdata.verleendTot(GM, "CLUB", einde);
        long besluiten = database.aantal("besluit");
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(verlenging(einde.plusDays(2), einde.plusYears(1)))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(400)
                .body("invalidParams.name", contains("ingangsdatum"))
                .body("invalidParams[0].reason", containsString(einde.plusDays(1).toString()));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(verlenging(einde, einde.plusYears(1)))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(400)
                .body("invalidParams.name", contains("ingangsdatum"));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(verlenging(einde.plusDays(1), null))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(400)
                .body("invalidParams.name", contains("geldigTot"));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("besluittype", "VERLENGEN", "motivering", "Verlengd.",
                        "ingangsdatum", einde.plusDays(1).toString(), "geldigTot", einde.plusYears(1).toString(),
                        "grond", "OP_VERZOEK"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(400)
                .body("invalidParams.name", contains("grond"));
        assertThat(database.aantal("besluit")).as("nothing written").isEqualTo(besluiten);
    }

    @Test
    void eenVerlopenVergunningOfEenVoorOnbepaaldeTijdWordtNietVerlengd() {
        LocalDate einde = vandaag().plusDays(3);
        String verlopen = Testdata.verleendTot(GM, "CLUB", einde);
        try {
            zetDag(einde.plusDays(1));
            ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(verlenging(einde.plusDays(1), einde.plusYears(1)))
                    .post("/api/v1/vergunningen/" + verlopen + "/besluiten").then().statusCode(409)
                    .body("code", equalTo("conflict")).body("detail", containsString("nieuwe aanvraag"));
        } finally {
            TestKlok.herstel();
        }
        String onbepaald = Testdata.verleend(GM);
        // A licence without term: the rule sets of this municipality never leave the term open, so set it here.
        database.voerUitAlsEigenaar("update vergunning set geldig_tot = null where vergunningnummer = ?", onbepaald);
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(verlenging(vandaag().plusYears(1), vandaag().plusYears(2)))
                .post("/api/v1/vergunningen/" + onbepaald + "/besluiten").then().statusCode(409)
                .body("detail", containsString("onbepaalde tijd"));
        String aangevraagd = Testdata.aanvraag(GM);
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(verlenging(vandaag(), vandaag().plusYears(1)))
                .post("/api/v1/vergunningen/" + aangevraagd + "/besluiten").then().statusCode(409)
                .body("code", equalTo("ongeldige-statusovergang"));
    }

    @Test
    void eenGeschorsteVergunningBlijftGeschorstNaVerlenging() {
        LocalDate einde = vandaag().plusMonths(1);
        String nummer = Testdata.verleendTot(GM, "CLUB", einde);
        als(Rol.VERGUNNINGVERLENER, GM).body(Map.of("besluittype", "SCHORSEN", "motivering", "Onderzoek.",
                "ingangsdatum", vandaag().toString(), "geldigTot", vandaag().plusDays(5).toString(),
                "grond", "OPENBARE_ORDE")).post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201);
        verleng(GM, nummer, verlenging(einde.plusDays(1), einde.plusYears(1))).then().statusCode(201)
                .body("statusVoor", equalTo("GESCHORST")).body("statusNa", equalTo("GESCHORST"));
        status(nummer).then().body("status", equalTo("GESCHORST"))
                .body("geschorstTot", equalTo(vandaag().plusDays(5).toString()));
    }

    @Test
    void deNieuweTermijnVolgtDeRegelsetOpHaarIngangsdatum() {
        // The rule set lies within a year of this class's own: national counts of other classes' years
        // (the patchwork index, the public register) must not see it.
        LocalDate start = LocalDate.of(Eigendom.jaar(VerlengenTest.class), 1, 1);
        String nummer = Testdata.verleendTot(GM_REGELSET, "CLUB", start.minusDays(1));
        Testdata.gepubliceerdeRegelset(GM_REGELSET, start.toString(), start.withDayOfYear(start.lengthOfYear()).toString(),
                Map.of("vergunningtermijnJaren", 1));
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM_REGELSET)).body(verlenging(start, start.plusYears(1)))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(409)
                .body("code", equalTo("in-strijd-met-regelset"));
        verleng(GM_REGELSET, nummer, verlenging(start, start.plusYears(1).minusDays(1))).then().statusCode(201);
    }

    /**
     * A renewal and a revocation at once: both take the licence's row lock, so either the renewal comes
     * first (and the revocation ends the renewed licence) or the revocation does (and the renewal finds a
     * revoked licence, 409). Never a renewal recorded after the revocation.
     */
    @Test
    void eenVerlengingEnEenIntrekkingTegelijkWordenNaElkaarGenomen() throws Exception {
        for (int ronde = 0; ronde < 4; ronde++) {
            LocalDate einde = vandaag().plusMonths(6);
            String nummer = Testdata.verleendTot(GM, "CLUB", einde);
            Callable<Integer> verlengen = () -> verleng(GM, nummer, verlenging(einde.plusDays(1), einde.plusYears(1)))
                    .statusCode();
            Callable<Integer> intrekken = () -> als(Rol.VERGUNNINGVERLENER, GM)
                    .body(Testdata.besluit("INTREKKEN")).post("/api/v1/vergunningen/" + nummer + "/besluiten").statusCode();
            List<Integer> uitkomst = Gelijktijdig.tegelijk(List.of(verlengen, intrekken));
            assertThat(uitkomst.get(1)).isEqualTo(201);
            assertThat(uitkomst.get(0)).isIn(201, 409);
            List<String> typen = als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + nummer + "/besluiten")
                    .then().statusCode(200).extract().path("resultaten.besluittype");
            assertThat(typen).isEqualTo(uitkomst.get(0) == 201 ? List.of("VERLENEN", "VERLENGEN", "INTREKKEN")
                    : List.of("VERLENEN", "INTREKKEN"));
            status(nummer).then().body("status", equalTo("INGETROKKEN"));
        }
    }

    static Response status(String nummer) {
        return als(Rol.HANDHAVER, GM.equals(nummer.substring(0, 6)) ? GM : GM_REGELSET)
                .get("/api/v1/vergunningen/" + nummer + "/status");
    }
}
