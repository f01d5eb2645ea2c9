package nl.sekswerkregister.vergunning;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/** Once a municipality has a published rule set in force, a grant must fit it. */
@QuarkusTest
class BesluitVolgtRegelsetTest {

    /** Each case publishes a rule set of its own, so each has a municipality of its own. */
    static final List<String> GEMEENTEN = Eigendom.gemeenten(BesluitVolgtRegelsetTest.class, 6);

    /** A rule set in force from a year ago to nine years ahead. */
    static int regelset(String gm, Map<String, Object> regels) {
        return Testdata.gepubliceerdeRegelset(gm, vandaag().minusYears(1).toString(), vandaag().plusYears(9).toString(),
                regels);
    }

    @Test
    void eenVerbodenBedrijfstypeWordtNietVerleend() {
        String gm = GEMEENTEN.get(0);
        regelset(gm, Map.of("bedrijfstypen",
                Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", false))));
        String nummer = Testdata.aanvraag(gm, Testdata.exploitant(gm), "RAAMPROSTITUTIE");
        als(Rol.VERGUNNINGVERLENER, gm).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(409)
                .body("code", equalTo("in-strijd-met-regelset"))
                .body("detail", containsString("bedrijfstypen.RAAMPROSTITUTIE.toegestaan = false"));
        als(Rol.VERGUNNINGVERLENER, gm).get("/api/v1/vergunningen/" + nummer).then().body("status", equalTo("AANGEVRAAGD"));
    }

    @Test
    void hetMaximumWordtNietOverschreden() {
        String gm = GEMEENTEN.get(1);
        regelset(gm, Map.of("bedrijfstypen",
                Map.of("CLUB", Map.of("toegestaan", true, "maximumAantal", 1))));
        String eerste = Testdata.aanvraag(gm, Testdata.exploitant(gm), "CLUB");
        String tweede = Testdata.aanvraag(gm, Testdata.exploitant(gm), "CLUB");
        als(Rol.VERGUNNINGVERLENER, gm).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + eerste + "/besluiten").then().statusCode(201);
        als(Rol.VERGUNNINGVERLENER, gm).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + tweede + "/besluiten").then().statusCode(409)
                .body("detail", containsString("maximumAantal = 1"));
        // A revoked licence frees its place.
        Testdata.neemBesluit(gm, eerste, "INTREKKEN");
        als(Rol.VERGUNNINGVERLENER, gm).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + tweede + "/besluiten").then().statusCode(201);
    }

    @Test
    void deTermijnVolgtUitDeRegelsetEnMagNietLangerZijn() {
        String gm = GEMEENTEN.get(2);
        regelset(gm, Map.of("vergunningtermijnJaren", 3));
        String standaard = Testdata.aanvraag(gm);
        als(Rol.VERGUNNINGVERLENER, gm).body(Map.of("besluittype", "VERLENEN", "motivering", "Voldoet.",
                        "ingangsdatum", vandaag().toString()))
                .post("/api/v1/vergunningen/" + standaard + "/besluiten").then().statusCode(201)
                .body("geldigTot", equalTo(vandaag().plusYears(3).minusDays(1).toString()));
        String teLang = Testdata.aanvraag(gm);
        als(Rol.VERGUNNINGVERLENER, gm).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + teLang + "/besluiten").then().statusCode(409)
                .body("detail", containsString("vergunningtermijnJaren = 3"));
    }

    @Test
    void eenGemeenteZonderTermijnVerleentVoorOnbepaaldeTijd() {
        String gm = GEMEENTEN.get(3);
        regelset(gm, Map.of("minimumleeftijd", 21, "nietGeregeld", List.of("vergunningtermijnJaren")));
        String nummer = Testdata.aanvraag(gm);
        als(Rol.VERGUNNINGVERLENER, gm).body(Map.of("besluittype", "VERLENEN", "motivering", "Voldoet.",
                        "ingangsdatum", vandaag().toString()))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201)
                .body("geldigTot", nullValue());
        als(Rol.HANDHAVER, gm).get("/api/v1/vergunningen/" + nummer + "/status").then()
                .body("status", equalTo("GELDIG")).body("geldigTot", nullValue());
    }

    @Test
    void eenOnbekendeTermijnLeidtNietTotEenVergunningVoorOnbepaaldeTijd() {
        String gm = GEMEENTEN.get(5);
        regelset(gm, Map.of("minimumleeftijd", 21));
        String nummer = Testdata.aanvraag(gm);
        nl.sekswerkregister.support.Api.ongeldig(als(Rol.VERGUNNINGVERLENER, gm))
                .body(Map.of("besluittype", "VERLENEN", "motivering", "Voldoet.", "ingangsdatum", vandaag().toString()))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("geldigTot"))
                .body("invalidParams[0].reason", containsString("vergunningtermijnJaren is onbekend"));
    }

    @Test
    void zonderRegelsetBlijftGeldigTotVerplicht() {
        String gm = GEMEENTEN.get(4);
        String nummer = Testdata.aanvraag(gm);
        nl.sekswerkregister.support.Api.ongeldig(als(Rol.VERGUNNINGVERLENER, gm))
                .body(Map.of("besluittype", "VERLENEN", "motivering", "Voldoet.", "ingangsdatum", vandaag().toString()))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("geldigTot"));
    }
}
