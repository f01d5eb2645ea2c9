package nl.sekswerkregister.statistiek;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.anoniem;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * The statistics as an outsider sees them: without a token, every level and margin fetched through
 * the public endpoints, attacked with everything published at once, and compared with the database.
 * Other classes write registrations too, and the suppression is over the whole country, so the
 * expectations are computed from the database at the moment of asking, never fixed in the test.
 */
@QuarkusTest
class StatistiekTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(StatistiekTest.class, 3);
    static final List<String> NIVEAUS = List.of("gemeente", "provincie", "veiligheidsregio", "riecRegio", "nederland");
    static final List<String> BANDEN = List.of("16-17", "18-20", "21-24", "25-34", "35-44", "45-54", "55+");
    static final List<String> STATUSSEN = List.of("ACTIEF", "GESCHORST", "INGETROKKEN", "VERLOPEN");
    static final String TOTAAL = "TOTAAL";
    static final String REGISTRATIES = "/api/v1/statistieken/registraties";

    @Inject
    Database database;

    @Test
    void geenOnderdrukteRegistratieIsTerugTeRekenenUitAlleNiveausEnMargesSamen() {
        // Small cells on purpose: 1, 2 and 12 registrations in three municipalities of our own.
        int[] aantallen = {1, 2, 12};
        for (int i = 0; i < GEMEENTEN.size(); i++) {
            for (int n = 0; n < aantallen[i]; n++) {
                registreer(GEMEENTEN.get(i), 19 + 3 * n);
            }
        }
        Map<String, Long> cellen = new LinkedHashMap<>();
        for (String niveau : NIVEAUS) {
            for (Map<String, Object> cel : alleCellen(REGISTRATIES + "?indeling=" + niveau)) {
                Object aantal = cel.get("aantal");
                assertThat((Boolean) cel.get("onderdrukt")).isEqualTo(aantal == null);
                cellen.put(sleutel(niveau, (String) cel.get("gebied"), (String) cel.get("leeftijdsband"),
                        (String) cel.get("status")), aantal == null ? null : ((Number) aantal).longValue());
            }
        }
        Map<String, Long> echt = uitDeDatabase();
        for (Map.Entry<String, Long> cel : cellen.entrySet()) {
            long werkelijk = echt.getOrDefault(cel.getKey(), 0L);
            if (cel.getValue() != null) {
                assertThat(cel.getValue()).as(cel.getKey()).isEqualTo(werkelijk);
                assertThat(werkelijk == 0 || werkelijk >= 10).as("klein getal gepubliceerd: " + cel.getKey()).isTrue();
            } else {
                assertThat(werkelijk).as("onderdrukte nul: " + cel.getKey()).isPositive();
            }
        }
        for (int i = 0; i < GEMEENTEN.size(); i++) {
            String eigen = sleutel("gemeente", GEMEENTEN.get(i), TOTAAL, TOTAAL);
            assertThat(cellen).containsKey(eigen);
            if (aantallen[i] < 10) {
                assertThat(cellen.get(eigen)).as("kleine gemeente " + eigen).isNull();
            }
        }
        Aanvaller<String> aanvaller = new Aanvaller<>(cellen, sommen(cellen));
        assertThat(aanvaller.exact()).as("exact herleid").isEmpty();
        assertThat(aanvaller.vastgepind()).as("vastgepind").isEmpty();
    }

    @Test
    void csvGeeftDezelfdeCijfersAlsJson() {
        registreer(GEMEENTEN.get(0), 40);
        String pad = REGISTRATIES + "?indeling=provincie";
        List<Map<String, Object>> json = anoniem().get(pad).then().statusCode(200).extract().jsonPath().getList("resultaten");
        String csv = anoniem().accept("text/csv").get(pad).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        anoniem().accept("application/*").get(pad).then().statusCode(200).contentType("application/json");
        anoniem().accept("text/*").get(pad).then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"));
        String[] regels = csv.split("\r\n");
        assertThat(regels[0]).isEqualTo("peildatum,gebied,gebiedsnaam,leeftijdsband,status,aantal");
        assertThat(regels).hasSize(json.size() + 1);
        for (int i = 0; i < json.size(); i++) {
            Map<String, Object> cel = json.get(i);
            String gebied = (String) cel.get("gebied");
            String veld = gebied.contains(",") ? "\"" + gebied + "\"" : gebied;
            assertThat(regels[i + 1]).isEqualTo(String.join(",", (String) cel.get("peildatum"), veld, veld,
                    (String) cel.get("leeftijdsband"), (String) cel.get("status"),
                    cel.get("aantal") == null ? "x" : cel.get("aantal").toString()));
        }
    }

    @Test
    void vergunningenTellenZoalsDeVergunningenlijstZeZegt() {
        String gemeente = GEMEENTEN.get(2);
        Testdata.verleend(gemeente);
        Testdata.verleend(gemeente);
        Testdata.aanvraag(gemeente);
        List<Map<String, Object>> cellen = anoniem().get("/api/v1/statistieken/vergunningen?indeling=gemeente&gebied="
                + gemeente + "&pageSize=5000").then().statusCode(200).body("geheimhouding", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath().getList("resultaten");
        Map<String, Integer> perStatus = new HashMap<>();
        for (Map<String, Object> v : als(Rol.AUDITOR).get("/api/v1/vergunningen?gemeenteCode=" + gemeente + "&pageSize=100")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("resultaten")) {
            perStatus.merge(v.get("bedrijfstype") + "|" + v.get("status"), 1, Integer::sum);
        }
        int totaal = 0;
        for (Map<String, Object> cel : cellen) {
            assertThat(cel.get("peildatum")).isEqualTo(vandaag().toString());
            String type = (String) cel.get("bedrijfstype");
            String status = (String) cel.get("status");
            if (!type.equals(TOTAAL) && !status.equals(TOTAAL)) {
                assertThat(((Number) cel.get("aantal")).intValue()).as(type + " " + status)
                        .isEqualTo(perStatus.getOrDefault(type + "|" + status, 0));
            } else if (type.equals(TOTAAL) && status.equals(TOTAAL)) {
                totaal = ((Number) cel.get("aantal")).intValue();
            }
        }
        assertThat(totaal).isEqualTo(perStatus.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void stromenPerMaandEnOngeldigeReeksenGeven400MetDeParameter() {
        anoniem().get("/api/v1/statistieken/besluiten?indeling=nederland&vanaf=" + vandaag().minusMonths(2).toString().substring(0, 7))
                .then().statusCode(200).body("resultaten.size()", equalTo(3 * 8)); // 7 decision types (VERLENGEN too) and TOTAAL
        anoniem().get("/api/v1/statistieken/signaleringen").then().statusCode(200)
                .body("geheimhouding.drempel", equalTo(10)).body("resultaten[0].maand", org.hamcrest.Matchers.notNullValue());
        anoniem().get("/api/v1/statistieken/besluiten?vanaf=2020-01&tot=2025-01").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("vanaf"));
        anoniem().get("/api/v1/statistieken/besluiten?vanaf=2025-03&tot=2025-01").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("vanaf"));
        anoniem().get("/api/v1/statistieken/registraties?peildatum=2026-01-01&vanaf=2025-01").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("peildatum"));
        Api.ongeldig(anoniem()).get("/api/v1/statistieken/registraties?indeling=wijk").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("indeling"));
        anoniem().get("/api/v1/statistieken/registraties?indeling=provincie&gebied=Atlantis").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gebied"));
        anoniem().get("/api/v1/statistieken/regelsets?tot=2999-01").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("tot"));
        anoniem().get("/api/v1/statistieken/regelsets?indeling=nederland").then().statusCode(200)
                .body("resultaten.size()", equalTo(4)).body("resultaten[3].aantal", equalTo(342));
    }

    @Test
    void perRegelTeltElkeGemeenteEenKeerInDeStandVanHaarRegelsInWerking() {
        // Our municipality's rule set in force today sets only the registration duty: every other rule is unknown.
        String gemeente = Testdata.metRegistratieplicht(GEMEENTEN.get(0));
        Map<String, Map<String, Object>> eigen = new LinkedHashMap<>();
        for (Map<String, Object> cel : alleCellen("/api/v1/statistieken/regels?indeling=gemeente&gebied=" + gemeente)) {
            eigen.put(cel.get("regel") + "/" + cel.get("stand"), cel);
        }
        assertThat(eigen.get("registratieplicht/GEZET").get("aantal")).isEqualTo(1);
        assertThat(eigen.get("registratieplicht/ONBEKEND").get("aantal")).isEqualTo(0);
        assertThat(eigen.get("minimumleeftijd/ONBEKEND").get("aantal")).isEqualTo(1);
        assertThat(eigen.get("minimumleeftijd/GEZET").get("aantal")).isEqualTo(0);
        assertThat(eigen.values()).allSatisfy(cel -> assertThat(cel.get("onderdrukt")).isEqualTo(false));

        // Nationally, each rule is in exactly one state in each of the 342 municipalities.
        Map<String, Long> perRegel = new LinkedHashMap<>();
        for (Map<String, Object> cel : alleCellen("/api/v1/statistieken/regels?indeling=nederland")) {
            String regel = (String) cel.get("regel");
            long aantal = ((Number) cel.get("aantal")).longValue();
            if (TOTAAL.equals(cel.get("stand"))) {
                assertThat(aantal).as(regel).isEqualTo(TOTAAL.equals(regel) ? 342L * (perRegel.size()) : 342L);
            } else if (!TOTAAL.equals(regel)) {
                perRegel.merge(regel, aantal, Long::sum);
            }
        }
        assertThat(perRegel).isNotEmpty().allSatisfy((regel, som) -> assertThat(som).as(regel).isEqualTo(342L));
        anoniem().accept("text/csv").get("/api/v1/statistieken/regels?indeling=gemeente&gebied=" + gemeente).then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString(
                        ",registratieplicht,GEZET,1\r\n"));
    }

    private static void registreer(String gemeente, int leeftijd) {
        Testdata.metRegistratieplicht(gemeente);
        Eigendom.vereisEigenaar(gemeente);
        als(Rol.VERGUNNINGVERLENER, gemeente)
                .header("X-Doelbinding", "Registratie sekswerkers (APV art. 3:13)")
                .header("X-Verwerkingsactiviteit", "Registreren en controleren van sekswerkers")
                .body(Map.of("gemeenteCode", gemeente, "identificatie", Personen.metBsn(Personen.bsn()),
                        "geboortedatum", vandaag().minusYears(leeftijd).minusDays(10).toString(),
                        "intakedatum", vandaag().minusDays(3).toString()))
                .post("/api/v1/registraties").then().statusCode(201);
    }

    private static List<Map<String, Object>> alleCellen(String pad) {
        List<Map<String, Object>> alle = new ArrayList<>();
        for (int page = 1; ; page++) {
            var antwoord = anoniem().get(pad + "&pageSize=5000&page=" + page).then().statusCode(200).extract().jsonPath();
            alle.addAll(antwoord.getList("resultaten"));
            if (antwoord.get("_links.next") == null) {
                return alle;
            }
        }
    }

    static String sleutel(String niveau, String gebied, String band, String status) {
        return niveau + "|" + gebied + "|" + band + "|" + status;
    }

    /** Counts straight from the table, with the expiry rule written out here rather than borrowed. */
    private Map<String, Long> uitDeDatabase() {
        Map<String, Long> uit = new HashMap<>();
        // "Today" is the service's (Amsterdam, the test clock), not the database session's current_date: between
        // 23:00 and midnight UTC the two differ by a day, and a registration ending on the UTC date would count as
        // running here while the service already counts it VERLOPEN.
        for (String[] r : database.rijen("""
                select g.code, g.provincie, g.veiligheidsregio, g.riec_regio, r.leeftijdsband,
                    case when r.status in ('ACTIEF', 'GESCHORST') and r.geldig_tot < date '%s' then 'VERLOPEN'
                         else r.status end, count(*)
                from registratie r join gemeente g on g.code = r.gemeente_code group by 1, 2, 3, 4, 5, 6"""
                .formatted(vandaag()))) {
            long n = Long.parseLong(r[6]);
            String[] gebieden = {r[0], r[1], r[2], r[3], "NL"};
            for (int i = 0; i < NIVEAUS.size(); i++) {
                for (String band : List.of(r[4], TOTAAL)) {
                    for (String status : List.of(r[5], TOTAAL)) {
                        uit.merge(sleutel(NIVEAUS.get(i), gebieden[i], band, status), n, Long::sum);
                    }
                }
            }
        }
        return uit;
    }

    /** Every sum relation a reader knows: areas of municipalities, the country of each level, the margins. */
    private List<Aanvaller.Som<String>> sommen(Map<String, Long> cellen) {
        List<Aanvaller.Som<String>> sommen = new ArrayList<>();
        Map<String, List<String>> leden = new LinkedHashMap<>();
        Map<String, List<String>> delenVanNederland = new LinkedHashMap<>();
        for (String[] g : database.rijen("select code, provincie, veiligheidsregio, riec_regio from gemeente order by code")) {
            for (int i = 1; i <= 3; i++) {
                leden.computeIfAbsent(NIVEAUS.get(i) + "|" + g[i], k -> new ArrayList<>()).add(g[0]);
                List<String> delen = delenVanNederland.computeIfAbsent(NIVEAUS.get(i), k -> new ArrayList<>());
                if (!delen.contains(g[i])) {
                    delen.add(g[i]);
                }
            }
            leden.computeIfAbsent("nederland|NL", k -> new ArrayList<>()).add(g[0]);
        }
        List<String> banden = new ArrayList<>(BANDEN);
        banden.add(TOTAAL);
        List<String> statussen = new ArrayList<>(STATUSSEN);
        statussen.add(TOTAAL);
        for (String band : banden) {
            for (String status : statussen) {
                leden.forEach((gebied, gemeenten) -> {
                    String[] ng = gebied.split("\\|");
                    sommen.add(new Aanvaller.Som<>(sleutel(ng[0], ng[1], band, status),
                            gemeenten.stream().map(g -> sleutel("gemeente", g, band, status)).toList()));
                });
                delenVanNederland.forEach((niveau, delen) -> sommen.add(new Aanvaller.Som<>(
                        sleutel("nederland", "NL", band, status),
                        delen.stream().map(d -> sleutel(niveau, d, band, status)).toList())));
            }
        }
        for (String cel : cellen.keySet()) {
            String[] d = cel.split("\\|");
            if (d[2].equals(TOTAAL)) {
                sommen.add(new Aanvaller.Som<>(cel, BANDEN.stream().map(b -> sleutel(d[0], d[1], b, d[3])).toList()));
            }
            if (d[3].equals(TOTAAL)) {
                sommen.add(new Aanvaller.Som<>(cel, STATUSSEN.stream().map(s -> sleutel(d[0], d[1], d[2], s)).toList()));
            }
        }
        for (Aanvaller.Som<String> som : sommen) {
            assertThat(cellen).as("elke cel van de sommen is gepubliceerd").containsKey(som.totaal());
            assertThat(cellen.keySet()).containsAll(som.leden());
        }
        return sommen;
    }
}
