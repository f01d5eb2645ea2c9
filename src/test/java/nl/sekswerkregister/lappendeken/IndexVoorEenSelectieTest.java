package nl.sekswerkregister.lappendeken;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The patchwork index over chosen municipalities or one region, in a year of this class's own (so
 * only these four rule sets are in force then). The fourth municipality is never selected: its age
 * of 16 would change every value below if the selection leaked.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexVoorEenSelectieTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(IndexVoorEenSelectieTest.class, 4);
    static final String A = GEMEENTEN.get(0);
    static final String B = GEMEENTEN.get(1);
    static final String C = GEMEENTEN.get(2);
    static final String BUITEN = GEMEENTEN.get(3);
    static final int JAAR = Eigendom.jaar(IndexVoorEenSelectieTest.class);
    static final String PEILDATUM = JAAR + "-06-01";
    static final String PAD = "/api/v1/lappendeken-index";

    boolean klaar;

    @BeforeEach
    void regelsets() {
        if (klaar) {
            return;
        }
        String van = JAAR + "-01-01";
        String tot = JAAR + "-12-31";
        Testdata.gepubliceerdeRegelset(A, van, tot, Map.of("minimumleeftijd", 21, "intakeplicht", true,
                "registratieplicht", true));
        Testdata.gepubliceerdeRegelset(B, van, tot, Map.of("minimumleeftijd", 21, "intakeplicht", false));
        Testdata.gepubliceerdeRegelset(C, van, tot, Map.of("minimumleeftijd", 18, "intakeplicht", false));
        Testdata.gepubliceerdeRegelset(BUITEN, van, tot, Map.of("minimumleeftijd", 16, "intakeplicht", true));
        klaar = true;
    }

    @Test
    void deIndexOverDrieGekozenGemeentenIsDeHandberekendeGiniSimpson() {
        String codes = A + "," + B + "," + C;
        JsonPath index = als(Rol.BELEIDSMEDEWERKER, A).queryParam("peildatum", PEILDATUM)
                .queryParam("gemeenteCodes", codes).get(PAD).then().statusCode(200)
                .body("selectie", equalTo(Map.of("soort", "GEMEENTEN", "gemeenteCodes", List.of(A, B, C))))
                .body("landelijk.regio", equalTo("Selectie"))
                .body("landelijk.aantalGemeentenMetRegelset", equalTo(3))
                .body("_links.self.href", equalTo(PAD + "?peildatum=" + PEILDATUM + "&regiosoort=PROVINCIE&gemeenteCodes=" + codes))
                .extract().jsonPath();
        // Ages 21, 21, 18: 1 - (2·1 + 1·0) / (3·2) = 2/3. Intake true, false, false: the same 2/3.
        Map<String, Object> leeftijd = dimensie(index, "landelijk", "minimumleeftijd");
        assertThat(leeftijd).containsEntry("index", 0.6667f).containsEntry("aantalGemeenten", 3)
                .containsEntry("aantalOnbekend", 0).containsEntry("dekking", 1.0f);
        assertThat(dimensie(index, "landelijk", "intakeplicht")).containsEntry("index", 0.6667f);
        // Registration duty: only A states it, so no index, two unknown, a third of the selection covered.
        assertThat(dimensie(index, "landelijk", "registratieplicht")).containsEntry("aantalGemeenten", 1)
                .containsEntry("aantalOnbekend", 2).containsEntry("dekking", 0.3333f).doesNotContainKey("index");
        assertThat(index.getDouble("landelijk.index")).as("mean of the two rules with an index").isEqualTo(0.6667);
        // Regions: only those holding a selected municipality, each over its selected municipalities alone.
        assertThat(index.getList("regios.aantalGemeentenMetRegelset", Integer.class).stream().mapToInt(i -> i).sum())
                .isEqualTo(3);
        assertThat(index.getList("regios.regio", String.class)).doesNotContainNull()
                .isSubsetOf(List.of(provincie(A), provincie(B), provincie(C)));
    }

    @Test
    void deSelfLinkGeeftHetzelfdeAntwoord() {
        String self = als(Rol.AUDITOR).queryParam("peildatum", PEILDATUM).queryParam("regiosoort", "RIEC")
                .queryParam("gemeenteCodes", B + "," + A).get(PAD).then().statusCode(200)
                .extract().path("_links.self.href");
        JsonPath eerste = als(Rol.AUDITOR).get(self).then().statusCode(200).extract().jsonPath();
        assertThat(eerste.getString("_links.self.href")).isEqualTo(self);
        assertThat(eerste.getList("selectie.gemeenteCodes", String.class)).containsExactly(B, A);
        assertThat(eerste.getString("regiosoort")).isEqualTo("RIEC");
    }

    @Test
    void eenRegioIsDeIndexOverDieRegio() {
        String provincie = provincie(A);
        long inProvincie = GEMEENTEN.stream().filter(g -> provincie(g).equals(provincie)).count();
        JsonPath index = als(Rol.HANDHAVER, A).queryParam("peildatum", PEILDATUM).queryParam("regiosoort", "PROVINCIE")
                .queryParam("regio", provincie).get(PAD).then().statusCode(200)
                .body("selectie", equalTo(Map.of("soort", "REGIO", "regio", provincie)))
                .body("landelijk.regio", equalTo(provincie))
                .body("landelijk.aantalGemeentenMetRegelset", equalTo((int) inProvincie))
                .body("regios.regio", equalTo(List.of(provincie)))
                .extract().jsonPath();
        assertThat(index.getString("_links.self.href")).startsWith(PAD + "?peildatum=" + PEILDATUM
                + "&regiosoort=PROVINCIE&regio=");
        assertThat(index.getMap("regios[0]")).isEqualTo(index.getMap("landelijk"));
    }

    @Test
    void zonderSelectieBlijftHetLandelijk() {
        als(Rol.AUDITOR).queryParam("peildatum", PEILDATUM).get(PAD).then().statusCode(200)
                .body("landelijk.regio", equalTo("Nederland"))
                .body("landelijk.aantalGemeentenMetRegelset", equalTo(4))
                .body("selectie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void ongeldigeSelecties() {
        fout(Map.of("gemeenteCodes", A + ",GM9998"), List.of("gemeenteCodes[1]"), List.of("onbekend"));
        fout(Map.of("gemeenteCodes", A), List.of("gemeenteCodes"), List.of("aantal"));
        fout(Map.of("gemeenteCodes", A + ",gm0363," + A), List.of("gemeenteCodes[1]", "gemeenteCodes[2]"),
                List.of("patroon", "dubbel"));
        fout(Map.of("regio", "Atlantis"), List.of("regio"), List.of("onbekend"));
        fout(Map.of("gemeenteCodes", A + "," + B, "regio", "Utrecht"), List.of("gemeenteCodes", "regio"),
                List.of("niet-toegestaan", "niet-toegestaan"));
        ongeldig(als(Rol.AUDITOR)).queryParam("gemeenteCodes", A + ",GM9998").get(PAD).then().statusCode(400)
                .body("detail", not(containsString("GM9998")));
    }

    private static void fout(Map<String, String> query, List<String> namen, List<String> codes) {
        ongeldig(als(Rol.AUDITOR)).queryParams(query).get(PAD).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("invalidParams.name", equalTo(namen)).body("invalidParams.code", equalTo(codes));
    }

    private static String provincie(String gemeente) {
        return als(Rol.AUDITOR).get("/api/v1/gemeenten/" + gemeente).then().statusCode(200)
                .extract().path("provincie");
    }

    private static Map<String, Object> dimensie(JsonPath index, String waar, String naam) {
        return index.getMap(waar + ".dimensies.find { it.dimensie == '" + naam + "' }");
    }
}
