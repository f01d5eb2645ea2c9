package nl.sekswerkregister.lappendeken;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.anoniem;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /gemeenten/{gemeenteCode}/kadertoets against the frameworks migration V14 stores, through the
 * real security and the committed contract. The municipality and the year are this class's own
 * ({@link Eigendom}), so only its rule set and licence are in force there then.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KadertoetsResourceTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(KadertoetsResourceTest.class, 2);
    static final String G = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final int JAAR = Eigendom.jaar(KadertoetsResourceTest.class);
    static final String PEILDATUM = JAAR + "-06-01";
    static final String PAD = "/api/v1/gemeenten/" + G + "/kadertoets";

    String club;

    /** Made once, by whichever test runs first (REST Assured points at the service per test method only). */
    @BeforeEach
    void regelsEnVergunning() {
        if (club != null) {
            return;
        }
        String vergunning = Testdata.verleendTot(G, "CLUB", LocalDate.of(JAAR + 1, 1, 1));
        Testdata.gepubliceerdeRegelset(G, JAAR + "-01-01", JAAR + "-12-31", Map.of(
                "minimumleeftijd", 21, "registratieplicht", false, "intakeplicht", true, "bibob", true,
                "taaleisen", List.of("nl"), "nietGeregeld", List.of("sanctiesVoorKlanten", "vergunningtermijnJaren"),
                "bedrijfstypen", Map.of("CLUB", Map.of("toegestaan", true, "vergunningplicht", true, "maximumAantal", 3,
                        "openingstijden", List.of(Map.of("dag", "VRIJDAG", "open", "20:00", "sluit", "04:00")),
                        "nachtopeningToegestaan", true)),
                "vindplaatsen", Map.of("minimumleeftijd", Map.of("artikel", "APV art. 3:27 lid 1"))));
        club = vergunning;
    }

    @Test
    void tegenHetWrsWetsvoorstelStandaard() {
        JsonPath t = als(Rol.BELEIDSMEDEWERKER, G).queryParam("peildatum", PEILDATUM).get(PAD).then().statusCode(200)
                .body("gemeenteCode", equalTo(G))
                .body("gemeentenaam", equalTo(Eigendom.naam(G)))
                .body("kader.code", equalTo("wrs-wetsvoorstel"))
                .body("kadersoort", equalTo("WETSVOORSTEL"))
                .body("regelset.gemeenteCode", equalTo(G))
                .body("_links.self.href", equalTo(PAD + "?kader=wrs-wetsvoorstel&peildatum=" + PEILDATUM))
                .body("_links.gemeente.href", equalTo("/api/v1/gemeenten/" + G))
                .body("_links.kader.href", containsString("/api/v1/landelijke-kaders/wrs-wetsvoorstel?versie="))
                .extract().jsonPath();
        assertThat(t.getList("vervalt.pad", String.class)).containsExactly("minimumleeftijd", "intakeplicht",
                "bedrijfstypen.CLUB.vergunningplicht");
        assertThat(t.getList("strijdig.pad", String.class)).containsExactly("registratieplicht", "taaleisen");
        assertThat(t.getList("strijdig.vergelijking", String.class)).containsExactly("SOEPELER", "ANDERS");
        assertThat(t.getList("blijft.pad", String.class)).containsExactly("bibob", "bedrijfstypen.CLUB.toegestaan",
                "bedrijfstypen.CLUB.maximumAantal", "bedrijfstypen.CLUB.openingstijden",
                "bedrijfstypen.CLUB.nachtopeningToegestaan");
        assertThat(t.getList("landelijkNieuw.pad", String.class)).containsExactly("sanctiesVoorKlanten");
        assertThat(t.getList("onbekend.pad", String.class)).contains("registratievorm", "erkenning",
                "bedrijfstypen.ESCORT.vergunningplicht").doesNotContain("bibob", "vergunningtermijnJaren");
        assertThat(t.getList("onbekend.lokaal.stand", String.class)).containsOnly("ONBEKEND");

        Map<String, Object> leeftijd = t.getMap("vervalt[0]");
        assertThat(leeftijd).containsEntry("aard", "UITPUTTEND").containsEntry("vergelijking", "GELIJK")
                .containsEntry("lokaal", Map.of("stand", "GEZET", "waarde", "21"))
                .containsEntry("kader", Map.of("stand", "GEZET", "waarde", "21"))
                .containsEntry("vindplaats", Map.of("artikel", "APV art. 3:27 lid 1"));
        assertThat((String) leeftijd.get("grondslag")).contains("kst-35715-3");
        assertThat(t.getString("vervalt[0].uitleg.nl")).startsWith("In " + Eigendom.naam(G)
                + " geldt een minimumleeftijd van 21 jaar (APV art. 3:27 lid 1), net als in kader Wet regulering sekswerk");
        assertThat(t.getString("blijft[3].uitleg.en")).contains("opening hours for clubs: Friday 20:00-04:00")
                .doesNotContain(G);
        assertThat(t.getMap("blijft[0]")).doesNotContainKeys("aard", "grondslag", "vergelijking");

        assertThat(t.getList("vergunningen.vergunningnummer", String.class)).containsExactly(club);
        assertThat(t.getString("vergunningen[0].bedrijfstype")).isEqualTo("CLUB");
        assertThat(t.getList("vergunningen[0].regels")).isEqualTo(List.of(
                Map.of("pad", "bedrijfstypen.CLUB.vergunningplicht", "oordeel", "VERVALT")));
        assertThat(t.getString("vergunningen[0].uitleg.en")).contains("the national licence duty replaces the local one");
        assertThat(t.getString("toelichting.nl")).contains("3 regels vervallen, 2 zijn strijdig, 5 blijven als aanvulling",
                "1 vergunning in werking verandert", "Het wetsvoorstel is geen wet");
    }

    @Test
    void tegenHuidigRechtBlijftEenHogereLeeftijdAlsAanvulling() {
        JsonPath t = als(Rol.VERGUNNINGVERLENER, G).queryParam("peildatum", PEILDATUM).queryParam("kader", "huidige-wet")
                .get(PAD).then().statusCode(200)
                .body("kadersoort", equalTo("HUIDIG_RECHT"))
                .body("vervalt", equalTo(List.of()))
                .body("strijdig", equalTo(List.of()))
                .body("vergunningen", equalTo(List.of()))
                .extract().jsonPath();
        Map<String, Object> leeftijd = t.getMap("blijft.find { it.pad == 'minimumleeftijd' }");
        assertThat(leeftijd).containsEntry("aard", "MINIMUM").containsEntry("vergelijking", "STRENGER")
                .containsEntry("kader", Map.of("stand", "GEZET", "waarde", "18"));
        assertThat(t.getString("blijft.find { it.pad == 'minimumleeftijd' }.uitleg.en")).contains(
                "stricter than the floor in framework Huidige wet", "may remain as a supplement");
    }

    @Test
    void regelsZijnOpenbaarRecht() {
        // Another municipality's officers, the auditor and the national keeper read it like the municipality itself.
        for (var spec : List.of(als(Rol.HANDHAVER, ANDERE), als(Rol.VERGUNNINGVERLENER, ANDERE),
                als(Rol.BELEIDSMEDEWERKER, ANDERE), als(Rol.AUDITOR), als(Rol.LANDELIJK_BEHEERDER))) {
            spec.queryParam("peildatum", PEILDATUM).get(PAD).then().statusCode(200).body("gemeenteCode", equalTo(G));
        }
        als(Rol.VERIFICATEUR).get(PAD).then().statusCode(403).body("code", equalTo("geen-toegang"));
        anoniem().get(PAD).then().statusCode(401);
    }

    @Test
    void eenOnbekendOfOngeldigKaderNoemtDeParameter() {
        ongeldig(als(Rol.AUDITOR)).queryParam("kader", "bestaat-niet").get(PAD).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("kader")).body("invalidParams[0].code", equalTo("onbekend"));
        ongeldig(als(Rol.AUDITOR)).queryParam("kader", "Wrs!").queryParam("peildatum", "2026-13-01").get(PAD).then()
                .statusCode(400).body("invalidParams.name", equalTo(List.of("kader", "peildatum")));
    }

    @Test
    void eenModelverordeningBindtNiemand() {
        ongeldig(als(Rol.BELEIDSMEDEWERKER, G)).queryParam("kader", "vng-model-apv-2015").get(PAD).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("kader"))
                .body("invalidParams[0].code", equalTo("niet-toegestaan"))
                .body("detail", containsString("bindt niemand"));
    }

    @Test
    void eenOnbekendeOfOngeldigeGemeente() {
        ongeldig(als(Rol.AUDITOR)).get("/api/v1/gemeenten/GM9999/kadertoets").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("gemeenteCode"));
        ongeldig(als(Rol.AUDITOR)).get("/api/v1/gemeenten/gm0363/kadertoets").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeenteCode"));
    }

    @Test
    void zonderRegelsetInWerkingZijnDeLijstenLeegEnZegtDeToelichtingWaarom() {
        String ervoor = (JAAR - 1) + "-06-01";
        als(Rol.AUDITOR).queryParam("peildatum", ervoor).get(PAD).then().statusCode(200)
                .body("regelset", nullValue())
                .body("_links.regelset", nullValue())
                .body("vervalt", equalTo(List.of())).body("blijft", equalTo(List.of()))
                .body("onbekend", equalTo(List.of())).body("vergunningen", equalTo(List.of()))
                .body("toelichting.nl", equalTo(Eigendom.naam(G) + " heeft op " + ervoor + " geen gepubliceerde regelset "
                        + "in werking: er is geen gemeentelijke regel om aan kader Wet regulering sekswerk (wetsvoorstel "
                        + "35715) te toetsen. Er is 1 vergunning in werking; op welke regels die rusten, valt zonder "
                        + "regelset niet te zeggen."));
    }
}
