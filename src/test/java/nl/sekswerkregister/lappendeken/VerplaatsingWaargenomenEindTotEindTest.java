package nl.sekswerkregister.lappendeken;

import static nl.sekswerkregister.signalering.Signaleringen.adres;
import static nl.sekswerkregister.signalering.Signaleringen.legId;
import static nl.sekswerkregister.signalering.Signaleringen.sluitAf;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.lappendeken.domain.Grenzen;
import nl.sekswerkregister.lappendeken.service.Gemeentegrenzen;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * Signals reach the patchwork analysis: near the border with a stricter neighbour they are a finding
 * of VERPLAATSING_WAARGENOMEN (far away, or with an equal neighbour, not), and the index counts them
 * per municipality and region. A new or closed signal is seen by the next analysis at once.
 */
@QuarkusTest
class VerplaatsingWaargenomenEindTotEindTest {

    /** Here (minimum age 18) and its stricter neighbour (21). */
    static final List<String> STRENG = Eigendom.buren(VerplaatsingWaargenomenEindTotEindTest.class);
    /** Two neighbours with the same rules. */
    static final List<String> GELIJK = Eigendom.buren(VerplaatsingWaargenomenEindTotEindTest.class);
    static final String HIER = STRENG.get(0);
    static final String BUUR = STRENG.get(1);

    @Inject
    Gemeentegrenzen gemeentegrenzen;

    @Test
    void signaleringenBijDeGrensWordenEenBevindingEnTellenInDeIndex() {
        String vanaf = TestKlok.vandaag().minusMonths(6).toString();
        String tot = TestKlok.vandaag().plusMonths(6).toString();
        Testdata.gepubliceerdeRegelset(HIER, vanaf, tot, Map.of("minimumleeftijd", 18));
        Testdata.gepubliceerdeRegelset(BUUR, vanaf, tot, Map.of("minimumleeftijd", 21));
        Testdata.gepubliceerdeRegelset(GELIJK.get(0), vanaf, tot, Map.of("minimumleeftijd", 21));
        Testdata.gepubliceerdeRegelset(GELIJK.get(1), vanaf, tot, Map.of("minimumleeftijd", 21));
        Grenzen grenzen = gemeentegrenzen.grenzen();

        double[] opDeGrens = punt(grenzen.grens(HIER, BUUR).get(0), 0);
        double[] ver = verVan(grenzen, HIER, BUUR, opDeGrens);
        legId(metLocatie(adres(HIER, "9999AA", 1), opDeGrens));
        legId(metLocatie(adres(HIER, "9999AA", 2), ver));
        String zonderLocatie = legId(adres(HIER, "9999AA", 3));
        legId(metLocatie(adres(GELIJK.get(0), "9999AB", 1), punt(grenzen.grens(GELIJK.get(0), GELIJK.get(1)).get(0), 0)));

        String id = "VERPLAATSING_WAARGENOMEN." + String.join(".", List.of(HIER, BUUR).stream().sorted().toList())
                + ".minimumleeftijd.in-" + HIER;
        JsonPath conflicten = conflicten(HIER);
        assertThat(conflicten.getList("resultaten.id", String.class)).contains(id);
        Map<String, String> bewijs = waarden(conflicten, id);
        assertThat(bewijs).containsEntry(HIER, "18").containsEntry(BUUR, "21").containsEntry("signaleringen", "3")
                .containsEntry("signaleringenBijGrens", "1").containsEntry("signaleringenLocatieOnbekend", "1");
        assertThat(conflicten(GELIJK.get(0)).getList("resultaten.id", String.class))
                .noneMatch(c -> c.contains(GELIJK.get(0)) && c.contains(GELIJK.get(1)));

        JsonPath index = index();
        assertThat(index.getInt("signaleringen.totaal")).isEqualTo(4);
        assertThat(index.getInt("signaleringen.open")).isEqualTo(4);
        assertThat(telling(index, HIER)).containsExactly(3, 3);
        assertThat(telling(index, GELIJK.get(0))).containsExactly(1, 1);
        assertThat(index.getList("signaleringen.perGemeente.gemeenteCode", String.class)).doesNotContain(BUUR);
        assertThat(index.getList("signaleringen.perRegio.totaal", Integer.class).stream().mapToInt(i -> i).sum())
                .isEqualTo(4);

        // Closed: still counted, no longer open; closed as "no sex work": not counted at all.
        sluitAf(HIER, zonderLocatie, "ACTIVITEIT_BEEINDIGD", TestKlok.vandaag().toString()).then().statusCode(200);
        assertThat(telling(index(), HIER)).containsExactly(2, 3);
        String vergissing = legId(metLocatie(adres(HIER, "9999AA", 4), opDeGrens));
        assertThat(waarden(conflicten(HIER), id)).containsEntry("signaleringenBijGrens", "2");
        sluitAf(HIER, vergissing, "GEEN_SEKSWERK", TestKlok.vandaag().toString()).then().statusCode(200);
        assertThat(telling(index(), HIER)).containsExactly(2, 3);
        assertThat(waarden(conflicten(HIER), id)).containsEntry("signaleringenBijGrens", "1");
    }

    private static JsonPath conflicten(String gemeente) {
        return Api.als(Rol.BELEIDSMEDEWERKER, gemeente).queryParam("gemeenteCode", gemeente)
                .queryParam("controle", "VERPLAATSING_WAARGENOMEN").queryParam("pageSize", 100)
                .get("/api/v1/conflicten").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> waarden(JsonPath conflicten, String id) {
        List<Map<String, String>> waarden = conflicten.getList("resultaten.find { it.id == '" + id + "' }.waarden");
        Map<String, String> perVan = new HashMap<>();
        waarden.forEach(w -> perVan.put(w.get("van"), w.get("waarde")));
        return perVan;
    }

    private static JsonPath index() {
        return Api.als(Rol.BELEIDSMEDEWERKER, HIER).queryParam("gemeenteCodes",
                        String.join(",", List.of(HIER, BUUR, GELIJK.get(0), GELIJK.get(1))))
                .get("/api/v1/lappendeken-index").then().statusCode(200).extract().jsonPath();
    }

    /** Open and total of one municipality in the index. */
    private static List<Integer> telling(JsonPath index, String gemeente) {
        Map<String, Integer> rij = index.getMap("signaleringen.perGemeente.find { it.gemeenteCode == '" + gemeente + "' }");
        return List.of(rij.get("open"), rij.get("totaal"));
    }

    /** Vertex i of a polyline as {latitude, longitude}. */
    private static double[] punt(double[] lijn, int i) {
        return new double[] {lijn[2 * i + 1], lijn[2 * i]};
    }

    /** A point some kilometres from the border of a and b (checked, not assumed), within the country's box. */
    private static double[] verVan(Grenzen grenzen, String a, String b, double[] start) {
        for (double[] stap : new double[][] {{0.05, 0}, {-0.05, 0}, {0, 0.08}, {0, -0.08}, {0.05, 0.08}, {-0.05, -0.08}}) {
            double[] punt = {start[0] + stap[0], start[1] + stap[1]};
            if (punt[0] > 50.7 && punt[0] < 53.6 && punt[1] > 3.3 && punt[1] < 7.2
                    && grenzen.afstandMeters(a, b, punt[0], punt[1]).getAsDouble() > 3000) {
                return punt;
            }
        }
        throw new IllegalStateException("geen punt ver van de grens gevonden");
    }

    private static Map<String, Object> metLocatie(Map<String, Object> body, double[] punt) {
        Map<String, Object> met = new HashMap<>(body);
        met.put("locatie", Map.of("breedtegraad", Math.round(punt[0] * 1000) / 1000.0,
                "lengtegraad", Math.round(punt[1] * 1000) / 1000.0));
        return met;
    }
}
