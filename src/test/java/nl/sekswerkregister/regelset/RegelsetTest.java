package nl.sekswerkregister.regelset;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegelsetTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(RegelsetTest.class, 3);
    static final String EERSTE = GEMEENTEN.get(0);
    static final String TWEEDE = GEMEENTEN.get(1);
    static final String DERDE = GEMEENTEN.get(2);

    @Inject
    Database database;

    static Map<String, Object> concept(String vanaf, String tot, Map<String, Object> regels) {
        Map<String, Object> body = new HashMap<>(Map.of("geldigVanaf", vanaf, "bron", "APV art. 3:3 (test)", "regels", regels));
        if (tot != null) {
            body.put("geldigTot", tot);
        }
        return body;
    }

    static int maak(String gemeente, Map<String, Object> body) {
        return als(Rol.VERGUNNINGVERLENER, gemeente).body(body).post("/api/v1/gemeenten/" + gemeente + "/regelsets")
                .then().statusCode(201).body("status", equalTo("CONCEPT")).extract().path("versie");
    }

    static io.restassured.response.ValidatableResponse publiceer(String gemeente, int versie) {
        return als(Rol.VERGUNNINGVERLENER, gemeente).post("/api/v1/gemeenten/" + gemeente + "/regelsets/" + versie + "/publicatie").then();
    }

    @Test
    void conceptWijzigenPubliceren_daarnaOnveranderlijk() {
        int versie = maak(EERSTE, concept("2031-01-01", "2031-12-31", Map.of("minimumleeftijd", 21,
                "bedrijfstypen", Map.of("CLUB", Map.of("toegestaan", true, "openingstijden",
                        List.of(Map.of("dag", "VRIJDAG", "open", "20:00", "sluit", "04:00")), "nachtopeningToegestaan", true)))));
        String etag = als(Rol.HANDHAVER, EERSTE).get("/api/v1/gemeenten/" + EERSTE + "/regelsets/" + versie)
                .then().statusCode(200).body("regels.bedrijfstypen.CLUB.openingstijden[0].sluit", equalTo("04:00"))
                .body("_links.publicatie.href", equalTo("/api/v1/gemeenten/" + EERSTE + "/regelsets/" + versie + "/publicatie"))
                .extract().header("ETag");
        als(Rol.VERGUNNINGVERLENER, EERSTE).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("bron", "APV art. 3:5, raadsbesluit 2030-11-12"))
                .patch("/api/v1/gemeenten/" + EERSTE + "/regelsets/" + versie).then().statusCode(200)
                .body("bron", equalTo("APV art. 3:5, raadsbesluit 2030-11-12"))
                .body("regels.minimumleeftijd", equalTo(21));

        publiceer(EERSTE, versie).statusCode(200).body("status", equalTo("GEPUBLICEERD"))
                .body("_links.publicatie", nullValue());
        String nieuweEtag = als(Rol.AUDITOR).get("/api/v1/gemeenten/" + EERSTE + "/regelsets/" + versie).then()
                .extract().header("ETag");
        als(Rol.VERGUNNINGVERLENER, EERSTE).header("If-Match", nieuweEtag).contentType("application/merge-patch+json")
                .body(Map.of("bron", "gecorrigeerd")).patch("/api/v1/gemeenten/" + EERSTE + "/regelsets/" + versie)
                .then().statusCode(409).body("detail", containsString("nieuwe versie"));
        publiceer(EERSTE, versie).statusCode(409);
        assertThat(database.voerUitVerwachtFout("update regelset set bron = 'stil gewijzigd' where gemeente_code = ? and versie = ?",
                EERSTE, versie)).contains("onveranderlijk");
    }

    @Test
    void gepubliceerdeVersiesOverlappenNiet_eenOpenVoorgangerWordtBeeindigd() {
        int eerste = maak(TWEEDE, concept("2031-01-01", "2031-12-31", Map.of("minimumleeftijd", 18)));
        publiceer(TWEEDE, eerste).statusCode(200);
        int overlappend = maak(TWEEDE, concept("2031-06-01", "2032-05-31", Map.of("minimumleeftijd", 21)));
        publiceer(TWEEDE, overlappend).statusCode(409).body("code", equalTo("conflict"))
                .body("detail", containsString("overlapt met de gepubliceerde versie " + eerste));

        int open = maak(TWEEDE, concept("2032-01-01", null, Map.of("minimumleeftijd", 21)));
        publiceer(TWEEDE, open).statusCode(200).body("geldigTot", nullValue());
        int opvolger = maak(TWEEDE, concept("2033-01-01", "2033-12-31", Map.of("minimumleeftijd", 23)));
        publiceer(TWEEDE, opvolger).statusCode(200);
        als(Rol.AUDITOR).get("/api/v1/gemeenten/" + TWEEDE + "/regelsets/" + open).then()
                .body("geldigTot", equalTo("2032-12-31")).body("status", equalTo("GEPUBLICEERD"));
        als(Rol.AUDITOR).get("/api/v1/gemeenten/" + TWEEDE + "/regelsets").then().statusCode(200)
                .body("resultaten.versie", hasItem(overlappend))
                .body("resultaten.find { it.versie == " + overlappend + " }.status", equalTo("CONCEPT"));
    }

    @Test
    void alleenDeEigenVergunningverlenerSchrijft_gepubliceerdLeestIedereen_conceptAlleenDeGemeente() {
        Map<String, Object> body = concept("2031-01-01", "2031-12-31", Map.of("minimumleeftijd", 21));
        ongeldig(als(Rol.VERGUNNINGVERLENER, TWEEDE)).body(body).post("/api/v1/gemeenten/" + DERDE + "/regelsets")
                .then().statusCode(403);
        ongeldig(als(Rol.BELEIDSMEDEWERKER, DERDE)).body(body).post("/api/v1/gemeenten/" + DERDE + "/regelsets")
                .then().statusCode(403);
        int versie = maak(DERDE, body);
        als(Rol.VERGUNNINGVERLENER, TWEEDE).post("/api/v1/gemeenten/" + DERDE + "/regelsets/" + versie + "/publicatie")
                .then().statusCode(403);
        // A draft is a working document of the municipality: others do not see it.
        als(Rol.BELEIDSMEDEWERKER, TWEEDE).get("/api/v1/gemeenten/" + DERDE + "/regelsets/" + versie).then().statusCode(404);
        als(Rol.BELEIDSMEDEWERKER, TWEEDE).get("/api/v1/gemeenten/" + DERDE + "/regelsets").then().statusCode(200)
                .body("resultaten.versie", org.hamcrest.Matchers.not(hasItem(versie)));
        als(Rol.BELEIDSMEDEWERKER, DERDE).get("/api/v1/gemeenten/" + DERDE + "/regelsets/" + versie).then().statusCode(200);
        publiceer(DERDE, versie).statusCode(200);
        for (String rol : List.of(Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER)) {
            als(rol, TWEEDE).get("/api/v1/gemeenten/" + DERDE + "/regelsets/" + versie).then().statusCode(200);
        }
        als(Rol.AUDITOR).get("/api/v1/gemeenten/" + DERDE + "/regelsets/999").then().statusCode(404);
        als(Rol.AUDITOR).get("/api/v1/gemeenten/GM9999/regelsets").then().statusCode(404);
    }

    @Test
    void eenConceptIsNietVoorRollenZonderGemeentelijkeTaak_ookNietMetDieGemeenteInHetToken() {
        // A landelijk-beheerder whose token named the municipality once read its drafts as if they were its own.
        int versie = maak(DERDE, concept("2034-01-01", null, Map.of("minimumleeftijd", 21)));
        String pad = "/api/v1/gemeenten/" + DERDE + "/regelsets";
        als(Rol.LANDELIJK_BEHEERDER, DERDE).get(pad + "/" + versie).then().statusCode(404)
                .contentType("application/problem+json");
        als(Rol.LANDELIJK_BEHEERDER, DERDE).get(pad).then().statusCode(200)
                .body("resultaten.versie", org.hamcrest.Matchers.not(hasItem(versie)));
        als(Rol.AUDITOR).get(pad + "/" + versie).then().statusCode(200).body("status", equalTo("CONCEPT"));
        for (String rol : List.of(Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER)) {
            als(rol, DERDE).get(pad + "/" + versie).then().statusCode(200).body("status", equalTo("CONCEPT"));
        }
    }

    @Test
    void ongeldigeRegelsWordenGeweigerdEnNietsWordtGeschreven() {
        long voor = database.aantal("regelset");
        fout(concept("2031-01-01", null, Map.of("minimumleeftijd", 15)), "regels.minimumleeftijd");
        fout(concept("2031-01-01", null, Map.of("minimumleeftijd", 100)), "regels.minimumleeftijd");
        fout(concept("2031-01-01", null, Map.of("bedrijfstypen", Map.of("SEKSBIOSCOOP", Map.of("toegestaan", true)))),
                "regels.bedrijfstypen");
        fout(concept("2031-01-01", null, Map.of("bedrijfstypen", Map.of("CLUB", Map.of("openingstijden",
                List.of(Map.of("dag", "MAANDAG", "open", "25:00", "sluit", "02:00")))))), "regels.bedrijfstypen.CLUB.openingstijden[0].open");
        fout(concept("2031-01-01", null, Map.of("bedrijfstypen", Map.of("CLUB", Map.of("openingstijden",
                List.of(Map.of("dag", "MAANDAG", "open", "22:00", "sluit", "02:00")))))), "regels.bedrijfstypen.CLUB.openingstijden[0].sluit");
        fout(concept("2031-01-01", null, Map.of("erkenning", Map.of("soort", "LIJST", "gemeenteCodes", List.of("GM0014", "GM9998")))),
                "regels.erkenning.gemeenteCodes[1]");
        fout(concept("2031-13-01", null, Map.of()), "geldigVanaf");
        fout(concept("2031-06-01", "2031-01-01", Map.of()), "geldigTot");
        fout(concept("2031-01-01", null, Map.of("taaleisen", List.of("Nederlands"))), "regels.taaleisen[0]");
        fout(concept("2031-01-01", null, Map.of("registratieplicht", "ja")), "regels.registratieplicht");
        assertThat(database.aantal("regelset")).isEqualTo(voor);
    }

    @Test
    void landelijkeKadersZijnGeversioneerdEnAlleenDoorDeBeheerderVastTeStellen() {
        als(Rol.BELEIDSMEDEWERKER, TWEEDE).get("/api/v1/landelijke-kaders").then().statusCode(200)
                .body("resultaten.code", hasItem("wrs-wetsvoorstel"))
                .body("resultaten.find { it.code == 'wrs-wetsvoorstel' }.regels.minimumleeftijd", equalTo(21))
                .body("resultaten.find { it.code == 'huidige-wet' }.regels.minimumleeftijd", equalTo(18));
        Map<String, Object> kader = Map.of("code", "test-kader", "naam", "Testkader", "bron", "Testbron",
                "regels", Map.of("minimumleeftijd", 19));
        ongeldig(als(Rol.VERGUNNINGVERLENER, TWEEDE)).body(kader).post("/api/v1/landelijke-kaders").then().statusCode(403);
        als(Rol.LANDELIJK_BEHEERDER).body(kader).post("/api/v1/landelijke-kaders").then().statusCode(201)
                .body("versie", equalTo(1));
        als(Rol.LANDELIJK_BEHEERDER).body(Map.of("code", "test-kader", "naam", "Testkader", "bron", "Testbron 2",
                "regels", Map.of("minimumleeftijd", 20))).post("/api/v1/landelijke-kaders").then().statusCode(201)
                .body("versie", equalTo(2));
        als(Rol.AUDITOR).get("/api/v1/landelijke-kaders/test-kader").then().statusCode(200).body("versie", equalTo(2));
        als(Rol.AUDITOR).queryParam("versie", 1).get("/api/v1/landelijke-kaders/test-kader").then().statusCode(200)
                .body("regels.minimumleeftijd", equalTo(19));
        als(Rol.AUDITOR).get("/api/v1/landelijke-kaders/bestaat-niet").then().statusCode(404);
    }

    @Test
    void onbekendeFilterwaardenBijConflicten() {
        ongeldig(als(Rol.AUDITOR)).queryParam("controle", "ONZIN").queryParam("peildatum", "morgen")
                .queryParam("reikwijdte", "WERELD").get("/api/v1/conflicten").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("controle", "peildatum", "reikwijdte"));
        ongeldig(als(Rol.AUDITOR)).queryParam("kader", "bestaat-niet").get("/api/v1/conflicten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kader"));
        ongeldig(als(Rol.AUDITOR)).queryParam("reikwijdte", "PROVINCIE").queryParam("regio", "Atlantis")
                .get("/api/v1/conflicten").then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
    }

    private static void fout(Map<String, Object> body, String veld) {
        ongeldig(als(Rol.VERGUNNINGVERLENER, EERSTE)).body(body).post("/api/v1/gemeenten/" + EERSTE + "/regelsets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(veld));
    }
}
