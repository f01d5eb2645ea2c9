package nl.sekswerkregister.lappendeken;

import static nl.sekswerkregister.support.Api.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
 * Four municipalities in the province of Groningen with rule sets for a year of this class's own,
 * licences that will still run then, and the exact conflicts and index values that follow. The
 * province and the years belong to this class alone ({@link Eigendom}): the conflicts in the
 * province depend on all its municipalities, and the national index on every rule set in force on
 * the date asked, so only these rules may be in force then.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LappendekenEindTotEindTest {

    static final Map<String, String> GRONINGEN = Eigendom.provincie(LappendekenEindTotEindTest.class, "Groningen");
    static final String G = GRONINGEN.get("Groningen"); // GM0014
    static final String H = GRONINGEN.get("Het Hogeland"); // GM1966
    static final String W = GRONINGEN.get("Westerkwartier"); // GM1969
    static final String M = GRONINGEN.get("Midden-Groningen"); // GM1952
    static final int JAAR = Eigendom.jaar(LappendekenEindTotEindTest.class);
    static final String PEILDATUM = JAAR + "-06-01";
    static final LocalDate LOOPT_TOT = LocalDate.of(JAAR + 1, 1, 1);

    /** The club licence in M that the expected conflicts name; null until this class's data is made. */
    String clubInM;

    /**
     * The rule sets and licences, made once for the class's one instance (PER_CLASS) by whichever test
     * runs first. Not in {@code @BeforeAll}: under {@code @QuarkusTest}, REST Assured is pointed at the
     * service for each test method only.
     */
    @BeforeEach
    void regelsEnVergunningen() {
        if (clubInM != null) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            Testdata.verleendTot(G, "RAAMPROSTITUTIE", LOOPT_TOT);
        }
        String club = Testdata.verleendTot(M, "CLUB", LOOPT_TOT);
        String van = JAAR + "-01-01";
        String tot = JAAR + "-12-31";
        Testdata.gepubliceerdeRegelset(G, van, tot, Map.of("minimumleeftijd", 21,
                "registratieplicht", true, "intakeplicht", true, "erkenning", Map.of("soort", "EIGEN"),
                "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", true, "vergunningplicht", true, "maximumAantal", 2))));
        Testdata.gepubliceerdeRegelset(H, van, tot, Map.of("minimumleeftijd", 21,
                "registratieplicht", true, "intakeplicht", false, "erkenning", Map.of("soort", "ALLE"),
                "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", true, "vergunningplicht", false))));
        Testdata.gepubliceerdeRegelset(W, van, tot, Map.of("minimumleeftijd", 18,
                "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", false))));
        Testdata.gepubliceerdeRegelset(M, van, tot, Map.of("registerOpNaam", true,
                "vergunningtermijnJaren", 5, "bedrijfstypen", Map.of("CLUB", Map.of("toegestaan", false))));
        clubInM = club;
    }

    @Test
    void deExacteConflictenInDeProvincie() {
        JsonPath antwoord = als(Rol.BELEIDSMEDEWERKER, G).queryParam("peildatum", PEILDATUM)
                .queryParam("reikwijdte", "PROVINCIE").queryParam("regio", "Groningen").queryParam("pageSize", 100)
                .get("/api/v1/conflicten").then().statusCode(200)
                .body("peildatum", equalTo(PEILDATUM)).body("kader.code", equalTo("huidige-wet"))
                .extract().jsonPath();
        assertThat(antwoord.getList("resultaten.id", String.class)).containsExactlyInAnyOrder(
                "LEEFTIJD_VERSCHILT.GM0014.GM1969.minimumleeftijd",
                "LEEFTIJD_VERSCHILT.GM1966.GM1969.minimumleeftijd",
                "WATERBEDEFFECT.GM0014.GM1969.bedrijfstypen.RAAMPROSTITUTIE.toegestaan",
                "WATERBEDEFFECT.GM1966.GM1969.bedrijfstypen.RAAMPROSTITUTIE.toegestaan",
                "REGISTRATIE_NIET_ERKEND.GM0014.GM1966.erkenning.GM0014-erkent-niet-GM1966",
                "VERGUNNINGPLICHT_VERSCHILT.GM0014.GM1966.bedrijfstypen.RAAMPROSTITUTIE.vergunningplicht",
                "VERPLAATSINGSRISICO.GM0014.GM1966.intakeplicht",
                "REGISTER_OP_NAAM.GM1952.registerOpNaam",
                "VERGUNNING_VERBODEN_TYPE.GM1952.bedrijfstypen.CLUB.toegestaan." + clubInM,
                "VERGUNNINGTERMIJN_TE_LANG.GM1952.vergunningtermijnJaren." + clubInM,
                "VERGUNNINGEN_BOVEN_MAXIMUM.GM0014.bedrijfstypen.RAAMPROSTITUTIE.maximumAantal");
        // Errors first, then warnings, then information.
        assertThat(antwoord.getList("resultaten.ernst", String.class).subList(0, 3)).containsOnly("FOUT");
        Map<String, Object> leeftijd = antwoord.getMap("resultaten.find { it.id == 'LEEFTIJD_VERSCHILT.GM0014.GM1969.minimumleeftijd' }");
        assertThat(leeftijd).containsEntry("ernst", "WAARSCHUWING").containsEntry("gemeenten", List.of(G, W));
        assertThat(leeftijd.get("waarden")).isEqualTo(List.of(Map.of("van", G, "waarde", "21", "stand", "GEZET"),
                Map.of("van", W, "waarde", "18", "stand", "GEZET")));
        assertThat(((Map<?, ?>) leeftijd.get("uitleg")).get("nl")).isEqualTo("Groningen hanteert minimumleeftijd 21, Westerkwartier 18.");
    }

    @Test
    void eenGemeenteEnEenControleFilter() {
        als(Rol.HANDHAVER, H).queryParam("peildatum", PEILDATUM).queryParam("gemeenteCode", W)
                .queryParam("reikwijdte", "PROVINCIE").queryParam("controle", "WATERBEDEFFECT")
                .get("/api/v1/conflicten").then().statusCode(200)
                .body("resultaten.gemeenten", equalTo(List.of(List.of(G, W), List.of(H, W))));
        als(Rol.AUDITOR).queryParam("peildatum", PEILDATUM).queryParam("gemeenteCode", M).queryParam("ernst", "FOUT")
                .get("/api/v1/conflicten").then().statusCode(200)
                .body("resultaten.controle", equalTo(List.of("REGISTER_OP_NAAM", "VERGUNNING_VERBODEN_TYPE")));
    }

    @Test
    void tegenHetWrsKaderValtWesterkwartierOnderDeLeeftijd() {
        als(Rol.BELEIDSMEDEWERKER, W).queryParam("peildatum", PEILDATUM).queryParam("gemeenteCode", W)
                .queryParam("kader", "wrs-wetsvoorstel").queryParam("controle", "LEEFTIJD_ONDER_KADER")
                .get("/api/v1/conflicten").then().statusCode(200)
                .body("kader.code", equalTo("wrs-wetsvoorstel"))
                .body("resultaten.id", equalTo(List.of("LEEFTIJD_ONDER_KADER.GM1969.minimumleeftijd")))
                .body("resultaten[0].kader.code", equalTo("wrs-wetsvoorstel"))
                .body("resultaten[0].waarden.waarde", equalTo(List.of("18", "21")));
    }

    @Test
    void deLappendekenIndex() {
        JsonPath index = als(Rol.BELEIDSMEDEWERKER, G).queryParam("peildatum", PEILDATUM)
                .get("/api/v1/lappendeken-index").then().statusCode(200)
                .body("regiosoort", equalTo("PROVINCIE"))
                .extract().jsonPath();
        // Six rules with an index: age 0.6667, registration 0, intake 1, recognition 1, windows permitted
        // 0.6667, window licence duty 1 (Westerkwartier's ban makes its duty moot). A term only M states.
        assertThat(index.getDouble("landelijk.index")).isEqualTo(0.7222);
        assertThat(index.getInt("landelijk.aantalGemeentenMetRegelset")).isEqualTo(4);
        assertThat(dimensie(index, "landelijk", "minimumleeftijd")).isEqualTo(0.6667f);
        assertThat(dimensie(index, "landelijk", "intakeplicht")).isEqualTo(1.0f);
        assertThat(dimensie(index, "landelijk", "registratieplicht")).isEqualTo(0.0f);
        assertThat(dimensie(index, "landelijk", "vergunningtermijnJaren")).as("one known term, three unknown").isNull();
        Map<String, Object> leeftijd = index.getMap("landelijk.dimensies.find { it.dimensie == 'minimumleeftijd' }");
        assertThat(leeftijd).containsEntry("aantalGemeenten", 3).containsEntry("aantalOnbekend", 1)
                .containsEntry("dekking", 0.75f);
        assertThat(dimensie(index, "landelijk", "registerOpNaam")).isNull();
        assertThat(index.getList("regios.regio", String.class)).containsExactly("Groningen");
        assertThat(index.getDouble("regios[0].index")).isEqualTo(0.7222);
    }

    @Test
    void simulatieLostConflictenOpEnLaatNietsAchter() {
        long regelsetsVoor = als(Rol.AUDITOR).get("/api/v1/gemeenten/" + W + "/regelsets").then().extract()
                .jsonPath().getList("resultaten").size();
        als(Rol.BELEIDSMEDEWERKER, W).body(Map.of("gemeenteCode", W, "peildatum", PEILDATUM, "reikwijdte", "PROVINCIE",
                        "regels", Map.of("minimumleeftijd", 21, "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", true)))))
                .post("/api/v1/regelset-simulaties").then().statusCode(200)
                .body("nieuweConflicten", equalTo(List.of()))
                .body("vergunningenBuitenRegels", equalTo(List.of()))
                .body("opgelosteConflicten.controle", org.hamcrest.Matchers.containsInAnyOrder(
                        "LEEFTIJD_VERSCHILT", "LEEFTIJD_VERSCHILT", "WATERBEDEFFECT", "WATERBEDEFFECT"));
        assertThat(als(Rol.AUDITOR).get("/api/v1/gemeenten/" + W + "/regelsets").then().extract()
                .jsonPath().getList("resultaten")).hasSize((int) regelsetsVoor);
    }

    @Test
    void simulatieVanEenVerbodToontDeVergunningenDieErbuitenVallen() {
        als(Rol.VERGUNNINGVERLENER, G).body(Map.of("gemeenteCode", G, "peildatum", PEILDATUM, "reikwijdte", "PROVINCIE",
                        "regels", Map.of("minimumleeftijd", 21, "registratieplicht", true, "intakeplicht", true,
                                "erkenning", Map.of("soort", "ALLE"),
                                "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", false)))))
                .post("/api/v1/regelset-simulaties").then().statusCode(200)
                .body("vergunningenBuitenRegels.controle", equalTo(List.of("VERGUNNING_VERBODEN_TYPE",
                        "VERGUNNING_VERBODEN_TYPE", "VERGUNNING_VERBODEN_TYPE")))
                .body("opgelosteConflicten.controle", org.hamcrest.Matchers.hasItems("VERGUNNINGEN_BOVEN_MAXIMUM",
                        "REGISTRATIE_NIET_ERKEND", "VERGUNNINGPLICHT_VERSCHILT"))
                .body("nieuweConflicten.controle", org.hamcrest.Matchers.hasItems("WATERBEDEFFECT"));
    }

    @Test
    void eenAndereGemeenteSimuleertNietVoorGroningen() {
        nl.sekswerkregister.support.Api.ongeldig(als(Rol.BELEIDSMEDEWERKER, H))
                .body(Map.of("gemeenteCode", G, "regels", Map.of("minimumleeftijd", 21)))
                .post("/api/v1/regelset-simulaties").then().statusCode(403);
        als(Rol.LANDELIJK_BEHEERDER).body(Map.of("gemeenteCode", G, "regels", Map.of("minimumleeftijd", 21)))
                .post("/api/v1/regelset-simulaties").then().statusCode(200);
    }

    /** Analyses are cached per change of the data: a newly published rule set is seen at once. */
    @Test
    void eenNieuweRegelsetIsMeteenZichtbaar() {
        String gm = GRONINGEN.get("Westerwolde"); // GM1950
        int jaar = Eigendom.jaar(LappendekenEindTotEindTest.class);
        als(Rol.AUDITOR).queryParam("peildatum", jaar + "-06-01").queryParam("reikwijdte", "LANDELIJK")
                .queryParam("controle", "REGISTER_OP_NAAM").get("/api/v1/conflicten").then().statusCode(200)
                .body("resultaten", equalTo(List.of()));
        Testdata.gepubliceerdeRegelset(gm, jaar + "-01-01", jaar + "-12-31", Map.of("registerOpNaam", true));
        als(Rol.AUDITOR).queryParam("peildatum", jaar + "-06-01").queryParam("reikwijdte", "LANDELIJK")
                .queryParam("controle", "REGISTER_OP_NAAM").get("/api/v1/conflicten").then().statusCode(200)
                .body("resultaten.gemeenten", equalTo(List.of(List.of(gm))));
    }

    private static Float dimensie(JsonPath index, String waar, String naam) {
        return index.get(waar + ".dimensies.find { it.dimensie == '" + naam + "' }.index");
    }
}
