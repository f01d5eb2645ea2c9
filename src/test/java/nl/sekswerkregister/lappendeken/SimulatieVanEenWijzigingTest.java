package nl.sekswerkregister.lappendeken;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "What if we raise the age to 21?" sent as a JSON Merge Patch ({@code wijziging}) on the rules in
 * force. Two municipalities of this class's own with rule sets in a year of its own, compared
 * nationally ({@code LANDELIJK}: in that year only these rule sets are in force, so the pairs are
 * exactly these two; {@link Eigendom} hands out municipalities, not neighbours). A allows window
 * prostitution with a licence duty, B bans it: a waterbed effect; both set age 18.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatieVanEenWijzigingTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(SimulatieVanEenWijzigingTest.class, 3);
    static final String A = GEMEENTEN.get(0);
    static final String B = GEMEENTEN.get(1);
    /** Has no rule set in this class's year. */
    static final String ZONDER = GEMEENTEN.get(2);
    static final int JAAR = Eigendom.jaar(SimulatieVanEenWijzigingTest.class);
    static final String PEILDATUM = JAAR + "-06-01";
    static final String PAD = "/api/v1/regelset-simulaties";

    boolean klaar;

    @BeforeEach
    void regelsets() {
        if (klaar) {
            return;
        }
        Testdata.gepubliceerdeRegelset(A, JAAR + "-01-01", JAAR + "-12-31", Map.of("minimumleeftijd", 18,
                "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", true, "vergunningplicht", true))));
        Testdata.gepubliceerdeRegelset(B, JAAR + "-01-01", JAAR + "-12-31", Map.of("minimumleeftijd", 18,
                "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", false))));
        klaar = true;
    }

    @Test
    void eenWijzigingVoegtEenConflictToeEnLostEerEenOp() {
        Map<String, Object> wijziging = new HashMap<>();
        wijziging.put("minimumleeftijd", 21);
        Map<String, Object> raam = new HashMap<>();
        raam.put("toegestaan", false);
        raam.put("vergunningplicht", null); // a ban with a licence duty would contradict itself
        wijziging.put("bedrijfstypen", Map.of("RAAMPROSTITUTIE", raam));
        simuleer(A, wijziging).then().statusCode(200)
                .body("regels.minimumleeftijd", equalTo(21))
                .body("regels.bedrijfstypen.RAAMPROSTITUTIE", equalTo(Map.of("toegestaan", false)))
                .body("nieuweConflicten.id", hasItem("LEEFTIJD_VERSCHILT." + paar() + ".minimumleeftijd"))
                .body("opgelosteConflicten.id", hasItem("WATERBEDEFFECT." + paar() + ".bedrijfstypen.RAAMPROSTITUTIE.toegestaan"))
                .body("nieuweConflicten.id", not(hasItem(containsString("WATERBEDEFFECT"))));
    }

    @Test
    void eenVeldWijzigenLaatDeRestVanDeRegelsStaan() {
        simuleer(B, Map.of("minimumleeftijd", 21)).then().statusCode(200)
                .body("regels", equalTo(Map.of("minimumleeftijd", 21,
                        "bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", false)))))
                .body("nieuweConflicten.id", equalTo(List.of("LEEFTIJD_VERSCHILT." + paar() + ".minimumleeftijd")))
                .body("opgelosteConflicten", equalTo(List.of()));
    }

    /** null removes a value, and a removed value is unknown, which the engine does not compare. */
    @Test
    void nullMaaktEenRegelOnbekendEnDaaroverIsGeenConflictMeer() {
        Map<String, Object> wijziging = new HashMap<>();
        wijziging.put("bedrijfstypen", null);
        simuleer(A, wijziging).then().statusCode(200)
                .body("regels", equalTo(Map.of("minimumleeftijd", 18)))
                .body("opgelosteConflicten.id", hasItem("WATERBEDEFFECT." + paar() + ".bedrijfstypen.RAAMPROSTITUTIE.toegestaan"))
                .body("nieuweConflicten", equalTo(List.of()));
    }

    @Test
    void hetSamengevoegdeResultaatWordtGetoetstAlsEenVolledigConcept() {
        // Banning the type while the rules in force keep its licence duty: a contradiction the patch produced.
        fout(simuleer(ongeldig(als(Rol.BELEIDSMEDEWERKER, A)), A,
                Map.of("bedrijfstypen", Map.of("RAAMPROSTITUTIE", Map.of("toegestaan", false)))),
                "wijziging.bedrijfstypen.RAAMPROSTITUTIE.vergunningplicht", "tegenstrijdig");
        fout(simuleer(ongeldig(als(Rol.BELEIDSMEDEWERKER, A)), A, Map.of("minimumleeftijd", "eenentwintig")),
                "wijziging.minimumleeftijd", "type");
        fout(simuleer(ongeldig(als(Rol.BELEIDSMEDEWERKER, A)), A, Map.of("minimumleeftijd", 12)),
                "wijziging.minimumleeftijd", "bereik");
        fout(simuleer(ongeldig(als(Rol.BELEIDSMEDEWERKER, A)), A, Map.of("maximumleeftijd", 30)),
                "wijziging.maximumleeftijd", "onbekend-veld");
        fout(ongeldig(als(Rol.BELEIDSMEDEWERKER, A)).body(Map.of("gemeenteCode", A, "peildatum", PEILDATUM,
                "wijziging", 21)).post(PAD), "wijziging", "type");
    }

    @Test
    void preciesEenVanRegelsEnWijziging() {
        for (Map<String, Object> body : List.of(
                Map.<String, Object>of("gemeenteCode", A, "regels", Map.of("minimumleeftijd", 21),
                        "wijziging", Map.of("minimumleeftijd", 21)),
                Map.<String, Object>of("gemeenteCode", A))) {
            ongeldig(als(Rol.BELEIDSMEDEWERKER, A)).body(body).post(PAD).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("invalidParams.name", equalTo(List.of("regels", "wijziging")))
                    .body("invalidParams.code", equalTo(List.of("een-van", "een-van")));
        }
    }

    @Test
    void zonderRegelsetInWerkingIs409MetEenVoorstel() {
        ongeldig(als(Rol.BELEIDSMEDEWERKER, ZONDER)).body(Map.of("gemeenteCode", ZONDER, "peildatum", PEILDATUM,
                        "wijziging", Map.of("minimumleeftijd", 21))).post(PAD).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("conflict"))
                .body("detail", containsString("geen gepubliceerde regelset in werking"))
                .body("detail", containsString("'regels'"));
    }

    @Test
    void eenAndereGemeenteHoortEerst403() {
        ongeldig(als(Rol.BELEIDSMEDEWERKER, B)).body(Map.of("gemeenteCode", ZONDER, "peildatum", PEILDATUM,
                "wijziging", Map.of("minimumleeftijd", 21))).post(PAD).then().statusCode(403);
    }

    @Test
    void idempotencyKeyHerhaaltHetAntwoordEnWeigertEenAnderVerzoek() {
        String sleutel = UUID.randomUUID().toString();
        Response eerste = als(Rol.BELEIDSMEDEWERKER, A).header("Idempotency-Key", sleutel)
                .body(verzoek(A, Map.of("minimumleeftijd", 21))).post(PAD);
        assertThat(eerste.statusCode()).isEqualTo(200);
        Response herhaling = als(Rol.BELEIDSMEDEWERKER, A).header("Idempotency-Key", sleutel)
                .body(verzoek(A, Map.of("minimumleeftijd", 21))).post(PAD);
        assertThat(herhaling.statusCode()).isEqualTo(200);
        assertThat(herhaling.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(herhaling.jsonPath().getMap("")).isEqualTo(eerste.jsonPath().getMap(""));
        ongeldig(als(Rol.BELEIDSMEDEWERKER, A)).header("Idempotency-Key", sleutel)
                .body(verzoek(A, Map.of("minimumleeftijd", 22))).post(PAD).then().statusCode(409)
                .body("detail", containsString("Idempotency-Key"))
                .body("invalidParams", nullValue());
    }

    private static String paar() {
        return A.compareTo(B) < 0 ? A + "." + B : B + "." + A;
    }

    private static Map<String, Object> verzoek(String gemeente, Map<String, Object> wijziging) {
        return Map.of("gemeenteCode", gemeente, "peildatum", PEILDATUM, "reikwijdte", "LANDELIJK", "wijziging", wijziging);
    }

    private static Response simuleer(String gemeente, Map<String, Object> wijziging) {
        return als(Rol.BELEIDSMEDEWERKER, gemeente).body(verzoek(gemeente, wijziging)).post(PAD);
    }

    private static Response simuleer(io.restassured.specification.RequestSpecification spec, String gemeente,
                                     Map<String, Object> wijziging) {
        return spec.body(verzoek(gemeente, wijziging)).post(PAD);
    }

    private static void fout(Response antwoord, String naam, String code) {
        antwoord.then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("invalidParams.name", equalTo(List.of(naam)))
                .body("invalidParams.code", equalTo(List.of(code)));
    }
}
