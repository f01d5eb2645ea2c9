package nl.sekswerkregister.vergunning;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.Verloopbewaker;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/** A transfer to another operator, and the structured ground of a suspension or revocation. */
@QuarkusTest
class OvernameEnGrondTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(OvernameEnGrondTest.class, 3);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    /** Suspensions that end by their date, scanned on days of their own. */
    static final String GM_SCHORSING = GEMEENTEN.get(2);

    @Inject
    Database database;

    @Inject
    Verloopbewaker verloopbewaker;

    static Map<String, Object> overname(String gemeente, String exploitant, String bedrijfstype, String van) {
        Map<String, Object> body = new HashMap<>(Testdata.vergunningAanvraag(gemeente, exploitant, bedrijfstype));
        body.put("overnameVan", van);
        return body;
    }

    static List<String> besluittypen(String nummer) {
        return als(Rol.HANDHAVER, nummer.substring(0, 6)).get("/api/v1/vergunningen/" + nummer + "/besluiten")
                .then().statusCode(200).extract().path("resultaten.besluittype");
    }

    @Test
    void eenOvernameEindigtDeOudeVergunningWanneerDeNieuweWordtVerleend() {
        String oud = Testdata.verleend(GM);
        String nieuw = als(Rol.VERGUNNINGVERLENER, GM).body(overname(GM, Testdata.exploitant(GM), "CLUB", oud))
                .post("/api/v1/vergunningen").then().statusCode(201).body("overnameVan", equalTo(oud))
                .body("_links.overnameVan.href", equalTo("/api/v1/vergunningen/" + oud))
                .extract().path("vergunningnummer");
        assertThat(nieuw).isNotEqualTo(oud);
        // Applying is not granting: the old licence runs on until the transfer is decided.
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + oud + "/status").then().body("status", equalTo("GELDIG"));

        Testdata.neemBesluit(GM, nieuw, "VERLENEN");
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + oud + "/status").then().body("status", equalTo("INGETROKKEN"));
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + nieuw + "/status").then().body("status", equalTo("GELDIG"));
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + oud + "/besluiten").then().statusCode(200)
                .body("resultaten.besluittype", contains("VERLENEN", "INTREKKEN"))
                .body("resultaten[1].grond", equalTo("OVERNAME"))
                .body("resultaten[1].motivering", containsString(nieuw))
                .body("resultaten[1].ingangsdatum", equalTo(vandaag().toString()));
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ? and type = ? and inhoud like ?",
                oud, Gebeurtenistype.VERGUNNING_BESLUIT_GENOMEN.type(), "%OVERNAME%")).isEqualTo(1);
    }

    @Test
    void eenOvernameVanEenVergunningDieNietMeerInWerkingIsVerleentNiets() {
        String oud = Testdata.verleend(GM);
        String nieuw = als(Rol.VERGUNNINGVERLENER, GM).body(overname(GM, Testdata.exploitant(GM), "CLUB", oud))
                .post("/api/v1/vergunningen").then().statusCode(201).extract().path("vergunningnummer");
        Testdata.neemBesluit(GM, oud, "INTREKKEN");
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Testdata.besluit("VERLENEN"))
                .post("/api/v1/vergunningen/" + nieuw + "/besluiten").then().statusCode(409)
                .body("detail", containsString(oud));
        assertThat(besluittypen(nieuw)).isEmpty();
        assertThat(besluittypen(oud)).containsExactly("VERLENEN", "INTREKKEN");
    }

    @Test
    void eenOvernameNoemtEenVergunningInWerkingVanEenAndereExploitantVanHetzelfdeType() {
        String exploitant = Testdata.exploitant(GM);
        String vanZelf = Testdata.aanvraag(GM, exploitant, "CLUB");
        Testdata.neemBesluit(GM, vanZelf, "VERLENEN");
        String aangevraagd = Testdata.aanvraag(GM);
        String elders = Testdata.verleend(ANDERE);
        String anderType = Testdata.verleend(GM);
        long voor = database.aantal("vergunning");
        for (String[] geval : new String[][] {{vanZelf, "zelfde-exploitant"}, {aangevraagd, "niet-in-werking"},
                {elders, "onbekend"}, {GM + "-2001-999999", "onbekend"}}) {
            ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(overname(GM, exploitant, "CLUB", geval[0]))
                    .post("/api/v1/vergunningen").then().statusCode(400)
                    .body("invalidParams.name", contains("overnameVan")).body("invalidParams.code", contains(geval[1]));
        }
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(overname(GM, Testdata.exploitant(GM), "ESCORT", anderType))
                .post("/api/v1/vergunningen").then().statusCode(400)
                .body("invalidParams.code", hasItem("ander-bedrijfstype"));
        assertThat(database.aantal("vergunning")).isEqualTo(voor);
    }

    @Test
    void schorsenEnIntrekkenNoemenHunGrond() {
        String nummer = Testdata.verleend(GM);
        long voor = database.aantal("besluit");
        for (Object[] geval : new Object[][] {{"SCHORSEN", null, "verplicht"}, {"INTREKKEN", null, "verplicht"},
                {"SCHORSEN", "OP_VERZOEK", "niet-toegestaan"}, {"SCHORSEN", "NIET_UITGEOEFEND", "niet-toegestaan"},
                {"INTREKKEN", "OVERNAME", "niet-toegestaan"}, {"WEIGEREN", "BIBOB", "niet-toegestaan"}}) {
            Map<String, Object> body = new HashMap<>(Map.of("besluittype", geval[0], "motivering", "Motivering.",
                    "ingangsdatum", vandaag().toString()));
            if (geval[1] != null) {
                body.put("grond", geval[1]);
            }
            ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(body).post("/api/v1/vergunningen/" + nummer + "/besluiten")
                    .then().statusCode(400).body("invalidParams.name", hasItem("grond"))
                    .body("invalidParams.code", hasItem((String) geval[2]));
        }
        assertThat(database.aantal("besluit")).isEqualTo(voor);
        als(Rol.VERGUNNINGVERLENER, GM).body(Map.of("besluittype", "INTREKKEN", "motivering", "Op verzoek van de houder.",
                        "ingangsdatum", vandaag().toString(), "grond", "OP_VERZOEK"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201)
                .body("grond", equalTo("OP_VERZOEK"));
        assertThat(database.tekst("select grond from besluit b join vergunning v on v.id = b.vergunning_id "
                + "where v.vergunningnummer = ? and b.besluittype = 'INTREKKEN'", nummer)).isEqualTo("OP_VERZOEK");
    }

    /**
     * A suspension that ends by its date is reported once, the day after its last day; one lifted before
     * its end is not (the lifting is a decision with an event of its own).
     */
    @Test
    void eenSchorsingDieVanzelfEindigtWordtEenKeerGemeld() {
        LocalDate laatsteDag = vandaag().plusDays(3);
        String vanzelf = schors(Testdata.verleend(GM_SCHORSING), laatsteDag);
        String opgeheven = schors(Testdata.verleend(GM_SCHORSING), laatsteDag);
        Testdata.neemBesluit(GM_SCHORSING, opgeheven, "SCHORSING_OPHEFFEN");
        try {
            TestKlok.zet(laatsteDag.atTime(12, 0).atZone(Klok.NEDERLAND).toInstant());
            verloopbewaker.scan();
            assertThat(gemeld(vanzelf)).as("still suspended on its last day").isZero();
            TestKlok.zet(laatsteDag.plusDays(1).atTime(0, 30).atZone(Klok.NEDERLAND).toInstant());
            verloopbewaker.scan();
            verloopbewaker.scan();
            assertThat(gemeld(vanzelf)).isEqualTo(1);
            assertThat(gemeld(opgeheven)).isZero();
            assertThat(database.tekst("select inhoud from gebeurtenis where onderwerp = ? and type = ?", vanzelf,
                    Gebeurtenistype.VERGUNNING_SCHORSING_BEEINDIGD.type())).contains(laatsteDag.toString());
            als(Rol.HANDHAVER, GM_SCHORSING).get("/api/v1/vergunningen/" + vanzelf + "/status").then()
                    .body("status", equalTo("GELDIG"));
        } finally {
            TestKlok.herstel();
        }
    }

    private String schors(String nummer, LocalDate laatsteDag) {
        als(Rol.VERGUNNINGVERLENER, GM_SCHORSING).body(Map.of("besluittype", "SCHORSEN", "motivering", "Onderzoek.",
                        "ingangsdatum", vandaag().toString(), "geldigTot", laatsteDag.toString(), "grond", "OPENBARE_ORDE"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201);
        return nummer;
    }

    private long gemeld(String nummer) {
        return database.getal("select count(*) from gebeurtenis where onderwerp = ? and type = ?", nummer,
                Gebeurtenistype.VERGUNNING_SCHORSING_BEEINDIGD.type());
    }

    static Response status(String nummer) {
        return als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + nummer + "/status");
    }
}
