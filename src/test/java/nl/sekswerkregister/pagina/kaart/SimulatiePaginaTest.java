package nl.sekswerkregister.pagina.kaart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.pagina.Paginas;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The desk's simulation page: two neighbours of this class's own, both at minimum age 18 in a year
 * of its own; A tries 21, which the engine reports as a new conflict with B and the map shows.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatiePaginaTest {

    static final List<String> BUREN = Eigendom.buren(SimulatiePaginaTest.class);
    static final String A = BUREN.get(0);
    static final String B = BUREN.get(1);
    static final int JAAR = Eigendom.jaar(SimulatiePaginaTest.class);
    static final String PEILDATUM = JAAR + "-06-01";
    static final String PAD = "/balie/simulatie";

    boolean klaar;

    @BeforeEach
    void regelsets() {
        if (klaar) {
            return;
        }
        Testdata.gepubliceerdeRegelset(A, JAAR + "-01-01", JAAR + "-12-31", Map.of("minimumleeftijd", 18));
        Testdata.gepubliceerdeRegelset(B, JAAR + "-01-01", JAAR + "-12-31", Map.of("minimumleeftijd", 18));
        klaar = true;
    }

    @Test
    void hetFormulierHeeftEenVoorbeeld() {
        Response pagina = als(Rol.VERGUNNINGVERLENER, A).get(PAD);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.asString()).contains("id=\"veld-wijziging\"", "&quot;minimumleeftijd&quot;: 21",
                "for=\"veld-minimumleeftijd\"", Eigendom.naam(A));
    }

    @Test
    void eenHogereLeeftijdGeeftEenNieuwConflictOpDeKaart() {
        Response pagina = als(Rol.BELEIDSMEDEWERKER, A).formParam("peildatum", PEILDATUM)
                .formParam("minimumleeftijd", "21").formParam("wijziging", "").post(PAD);
        assertThat(pagina.statusCode()).isEqualTo(200);
        String html = pagina.asString();
        String nieuw = html.substring(html.indexOf("data-lijst=\"nieuw\""), html.indexOf("data-lijst=\"opgelost\""));
        assertThat(nieuw).contains("data-controle=\"LEEFTIJD_VERSCHILT\"", Eigendom.naam(B));
        assertThat(LappendekenPaginaTest.categorie(html, A)).isEqualTo("gezet:21");
        assertThat(LappendekenPaginaTest.categorie(html, B)).isEqualTo("gezet:18");
        assertThat(html).contains("data-controle=\"LEEFTIJD_VERSCHILT\" data-ernst=\"WAARSCHUWING\" data-gemeenten=\""
                + (A.compareTo(B) < 0 ? A + " " + B : B + " " + A) + "\"");
        // Nothing is stored: the public map still shows the rules in force.
        assertThat(LappendekenPaginaTest.categorie(LappendekenPaginaTest.kaart("peildatum=" + PEILDATUM).asString(), A))
                .isEqualTo("gezet:18");
    }

    @Test
    void eenMergePatchInDeTekstvakWerktOok() {
        Response pagina = als(Rol.VERGUNNINGVERLENER, A).formParam("peildatum", PEILDATUM)
                .formParam("wijziging", "{\"minimumleeftijd\": 23}").post(PAD);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(LappendekenPaginaTest.categorie(pagina.asString(), A)).isEqualTo("gezet:23");
    }

    @Test
    void ongeldigeJsonOfEenOngeldigeWaardeGeeft400MetHetVeld() {
        Response kapot = als(Rol.BELEIDSMEDEWERKER, A).formParam("peildatum", PEILDATUM)
                .formParam("wijziging", "{\"minimumleeftijd\": 21,").post(PAD);
        assertThat(kapot.statusCode()).isEqualTo(400);
        assertThat(kapot.contentType()).startsWith("text/html");
        assertThat(kapot.asString()).contains("data-veld=\"wijziging\"", "Geen geldige JSON")
                .contains("{&quot;minimumleeftijd&quot;: 21,");
        Response teJong = als(Rol.BELEIDSMEDEWERKER, A).formParam("peildatum", PEILDATUM)
                .formParam("wijziging", "{\"minimumleeftijd\": 12}").post(PAD);
        assertThat(teJong.statusCode()).isEqualTo(400);
        assertThat(teJong.asString()).contains("data-veld=\"wijziging.minimumleeftijd\"");
        Response onbekend = als(Rol.BELEIDSMEDEWERKER, A).formParam("peildatum", PEILDATUM)
                .formParam("wijziging", "{\"maximumleeftijd\": 30}").post(PAD);
        assertThat(onbekend.statusCode()).isEqualTo(400);
        assertThat(onbekend.asString()).contains("data-veld=\"wijziging.maximumleeftijd\"");
        Response geenGetal = als(Rol.BELEIDSMEDEWERKER, A).formParam("peildatum", PEILDATUM)
                .formParam("minimumleeftijd", "eenentwintig").post(PAD);
        assertThat(geenGetal.statusCode()).isEqualTo(400);
        assertThat(geenGetal.asString()).contains("data-veld=\"minimumleeftijd\"");
    }

    /** Every role of the service, own municipality: only the desk's two roles get the form. */
    @Test
    void elkeRolTegenHetFormulier() throws IllegalAccessException {
        for (java.lang.reflect.Field veld : Rol.class.getFields()) {
            String rol = (String) veld.get(null);
            int verwacht = Rol.VERGUNNINGVERLENER.equals(rol) || Rol.BELEIDSMEDEWERKER.equals(rol) ? 200 : 403;
            assertThat(als(rol, A).get(PAD).statusCode()).as(rol).isEqualTo(verwacht);
        }
    }

    @Test
    void alleenDeBalieMagSimulerenEnNietZonderToken() {
        assertThat(als(Rol.HANDHAVER, A).get(PAD).statusCode()).isEqualTo(403);
        assertThat(als(Rol.HANDHAVER, A).formParam("minimumleeftijd", "21").post(PAD).statusCode()).isEqualTo(403);
        Paginas.naarInloggen(Paginas.anoniem().get(PAD));
        Paginas.naarInloggen(Paginas.anoniem().contentType("application/x-www-form-urlencoded")
                .formParam("minimumleeftijd", "21").post(PAD));
    }

    private static RequestSpecification als(String rol, String gemeente) {
        return given().header("Authorization", "Bearer " + Tokens.voor(rol, gemeente)).accept("text/html")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
