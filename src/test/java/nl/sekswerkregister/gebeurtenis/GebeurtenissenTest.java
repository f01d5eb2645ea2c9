package nl.sekswerkregister.gebeurtenis;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Ontvanger.ontvanger;
import static nl.sekswerkregister.support.Ontvanger.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.gebeurtenis.domain.Gebeurtenistype;
import nl.sekswerkregister.gebeurtenis.service.Gebeurtenissen;
import nl.sekswerkregister.gebeurtenis.service.Verloopbewaker;
import nl.sekswerkregister.registratie.RegistratieTestToegang;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Ontvanger;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * Events as a subscribing system sees them: subscriptions made with its own token, signed CloudEvents
 * arriving at a receiver on 127.0.0.1, retries, dead letters and their replay, order per subject, a
 * receiver that hangs while the API goes on, and no event for a change that was rolled back.
 */
@QuarkusTest
class GebeurtenissenTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(GebeurtenissenTest.class, 3);
    static final String EIGEN = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final String VERLOOP = GEMEENTEN.get(2);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BESLUIT = Gebeurtenistype.VERGUNNING_BESLUIT_GENOMEN.type();

    @Inject
    Database database;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Verloopbewaker verloopbewaker;

    record Abonnement(String id, String url, String geheim) {
    }

    static Abonnement abonneer(String rol, String gemeente, String gemeenteFilter, String... typen) {
        String url = ontvanger().nieuwPad("t");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("callbackUrl", url, "typen", List.of(typen)));
        if (gemeenteFilter != null) {
            body.put("gemeenteCode", gemeenteFilter);
        }
        var antwoord = (gemeente == null ? als(rol) : als(rol, gemeente)).body(body).post("/api/v1/abonnementen")
                .then().statusCode(201).body("geheim", org.hamcrest.Matchers.startsWith("whsec_")).extract();
        return new Abonnement(antwoord.path("abonnementId"), url, antwoord.path("geheim"));
    }

    static List<JsonNode> events(String url) {
        return ontvanger().ontvangen(url).stream().map(o -> lees(o.body())).toList();
    }

    static JsonNode lees(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Standard Webhooks, computed here independently of the service's own code. */
    static String handtekening(String geheim, String id, String tijdstempel, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(geheim.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + tijdstempel + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eenBesluitKomtAlsOndertekendeCloudEventZonderPersoonsgegevens() throws Exception {
        Abonnement abonnement = abonneer(Rol.HANDHAVER, EIGEN, null, BESLUIT);
        String nummer = Testdata.verleend(EIGEN);

        wachtTot("het besluit is bezorgd", () -> !ontvanger().ontvangen(abonnement.url()).isEmpty());
        Ontvanger.Ontvangen ontvangen = ontvanger().ontvangen(abonnement.url()).get(0);
        assertThat(ontvangen.kop("content-type")).startsWith("application/cloudevents+json");
        JsonNode event = lees(ontvangen.body());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo(BESLUIT);
        assertThat(event.path("source").asText()).isEqualTo("urn:nld:oin:00000001234567890000:systeem:sekswerkregister");
        assertThat(event.path("subject").asText()).isEqualTo(nummer);
        assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(event.path("time").asText()).endsWith("Z");
        assertThat(event.path("dataref").asText()).startsWith("https://sekswerkregister.example/api/v1/vergunningen/"
                + nummer + "/besluiten/");
        JsonNode data = event.path("data");
        assertThat(data.path("besluittype").asText()).isEqualTo("VERLENEN");
        assertThat(data.path("statusVoor").asText()).isEqualTo("AANGEVRAAGD");
        assertThat(data.path("statusNa").asText()).isEqualTo("VERLEEND");
        assertThat(data.path("gemeenteCode").asText()).isEqualTo(EIGEN);
        // Numbers and statuses only: the motivation, the operator and the address stay in the register.
        assertThat(ontvangen.body()).doesNotContain("Aanvraag voldoet", "motivering", "straat", "exploitant");

        assertThat(ontvangen.kop("webhook-id")).isEqualTo(event.path("id").asText());
        assertThat(ontvangen.kop("webhook-signature")).isEqualTo(handtekening(abonnement.geheim(),
                ontvangen.kop("webhook-id"), ontvangen.kop("webhook-timestamp"), ontvangen.body()));
        assertThat(handtekening("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), ontvangen.kop("webhook-id"),
                ontvangen.kop("webhook-timestamp"), ontvangen.body())).isNotEqualTo(ontvangen.kop("webhook-signature"));

        // The secret is shown once.
        als(Rol.HANDHAVER, EIGEN).get("/api/v1/abonnementen/" + abonnement.id()).then().statusCode(200)
                .body("geheim", nullValue()).body("typen", hasItem(BESLUIT));
    }

    @Test
    void eenTeruggedraaideWijzigingLaatGeenGebeurtenisAchter() {
        Abonnement abonnement = abonneer(Rol.VERGUNNINGVERLENER, EIGEN, null, BESLUIT);
        String nummer = Testdata.aanvraag(EIGEN);
        // Refused (409): no decision, no event.
        als(Rol.VERGUNNINGVERLENER, EIGEN).body(Testdata.besluit("SCHORSEN"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(409);
        // An event written and then rolled back with the change it belongs to.
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> {
                    gebeurtenissen.leg(Gebeurtenistype.VERGUNNING_BESLUIT_GENOMEN, nummer, EIGEN, null,
                            Gebeurtenissen.data("vergunningnummer", nummer));
                    throw new IllegalStateException("de wijziging mislukt na het schrijven van de gebeurtenis");
                }))).isNotNull();
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ?", nummer)).isZero();

        Testdata.neemBesluit(EIGEN, nummer, "WEIGEREN");
        wachtTot("het weigeringsbesluit is bezorgd", () -> !ontvanger().ontvangen(abonnement.url()).isEmpty());
        assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ?", nummer)).isEqualTo(1);
        assertThat(events(abonnement.url())).extracting(e -> e.path("data").path("besluittype").asText())
                .containsExactly("WEIGEREN");
    }

    @Test
    void perOnderwerpInVolgordeOokAlsEenEerdereBezorgingMislukt() {
        Abonnement abonnement = abonneer(Rol.VERGUNNINGVERLENER, EIGEN, null, BESLUIT);
        // The first delivery fails twice (two retries), the later events of the licence must wait for it.
        ontvanger().gedrag(abonnement.url()).eerstFalen(2);
        String nummer = Testdata.verleend(EIGEN);
        Testdata.neemBesluit(EIGEN, nummer, "SCHORSEN");
        Testdata.neemBesluit(EIGEN, nummer, "SCHORSING_OPHEFFEN");
        Testdata.neemBesluit(EIGEN, nummer, "INTREKKEN");

        wachtTot("vier besluiten bezorgd", () -> events(abonnement.url()).stream().map(e -> e.path("id").asText())
                .distinct().count() == 4);
        List<JsonNode> ontvangen = events(abonnement.url());
        assertThat(ontvangen).hasSize(6);
        // Received: the first one three times (two failures and the success), then each later one once, in order.
        assertThat(ontvangen).extracting(e -> e.path("data").path("besluittype").asText())
                .containsExactly("VERLENEN", "VERLENEN", "VERLENEN", "SCHORSEN", "SCHORSING_OPHEFFEN", "INTREKKEN");
        assertThat(ontvangen.subList(0, 3)).extracting(e -> e.path("id").asText()).containsOnly(ontvangen.get(0)
                .path("id").asText());
    }

    @Test
    void naHetMaximumIsHetEenDodeAfleveringDieDeBeheerderOpnieuwLaatBezorgen() {
        Abonnement abonnement = abonneer(Rol.VERGUNNINGVERLENER, EIGEN, null, BESLUIT);
        ontvanger().gedrag(abonnement.url()).status(500);
        String nummer = Testdata.verleend(EIGEN);

        wachtTot("drie pogingen en dood", () -> als(Rol.LANDELIJK_BEHEERDER).queryParam("status", "DOOD")
                .queryParam("abonnementId", abonnement.id()).get("/api/v1/afleveringen").then().statusCode(200)
                .extract().jsonPath().getList("resultaten").size() == 1);
        assertThat(ontvanger().ontvangen(abonnement.url())).hasSize(3);
        var dood = als(Rol.LANDELIJK_BEHEERDER).queryParam("status", "DOOD").queryParam("abonnementId", abonnement.id())
                .get("/api/v1/afleveringen").then().statusCode(200)
                .body("resultaten[0].pogingen", equalTo(3)).body("resultaten[0].laatsteUitkomst", equalTo("HTTP 500"))
                .body("resultaten[0].type", equalTo(BESLUIT))
                // The administrator reads no municipal records: no subject, no data.
                .body(not(containsString(nummer)))
                .extract();
        String afleveringId = dood.path("resultaten[0].afleveringId");
        String link = dood.path("resultaten[0]._links.herbezorging.href");
        String eerderId = events(abonnement.url()).get(0).path("id").asText();

        // Only the administrator replays.
        als(Rol.VERGUNNINGVERLENER, EIGEN).post(link).then().statusCode(403);
        ontvanger().gedrag(abonnement.url()).status(200);
        als(Rol.LANDELIJK_BEHEERDER).post(link).then().statusCode(200)
                .body("afleveringId", equalTo(afleveringId)).body("status", equalTo("WACHTEND"))
                .body("pogingen", equalTo(0));
        wachtTot("de herbezorging is aangekomen", () -> ontvanger().ontvangen(abonnement.url()).size() == 4);
        // The same event: a subscriber that saw it already recognises it by its id.
        assertThat(events(abonnement.url()).get(3).path("id").asText()).isEqualTo(eerderId);
        wachtTot("afgeleverd", () -> "AFGELEVERD".equals(als(Rol.LANDELIJK_BEHEERDER)
                .queryParam("abonnementId", abonnement.id()).get("/api/v1/afleveringen").then().statusCode(200)
                .extract().path("resultaten[0].status")));
        als(Rol.LANDELIJK_BEHEERDER).post(link).then().statusCode(409).body("code", equalTo("conflict"));
        // Its self link leads to it, for the administrator only.
        String self = dood.path("resultaten[0]._links.self.href");
        als(Rol.LANDELIJK_BEHEERDER).get(self).then().statusCode(200)
                .body("afleveringId", equalTo(afleveringId)).body("status", equalTo("AFGELEVERD"))
                .body("laatsteUitkomst", equalTo("HTTP 200")).body(not(containsString(nummer)));
        als(Rol.VERGUNNINGVERLENER, EIGEN).get(self).then().statusCode(403);
        als(Rol.LANDELIJK_BEHEERDER).get("/api/v1/afleveringen/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void eenOntvangerDieBlijftHangenHoudtDeApiNietOp() {
        Abonnement traag = abonneer(Rol.VERGUNNINGVERLENER, EIGEN, null, BESLUIT);
        Ontvanger.Gedrag gedrag = ontvanger().gedrag(traag.url()).houdVast();
        try {
            Testdata.verleend(EIGEN);
            wachtTot("de ontvanger houdt de bezorging vast", () -> gedrag.vastgehouden() > 0);
            // While the receiver holds the delivery, the API answers writes and reads as ever.
            for (int i = 0; i < 5; i++) {
                String nummer = Testdata.verleend(EIGEN);
                als(Rol.HANDHAVER, EIGEN).get("/api/v1/vergunningen/" + nummer).then().statusCode(200);
            }
            assertThat(gedrag.vastgehouden()).as("de ontvanger hangt nog steeds").isPositive();
        } finally {
            gedrag.laatGaan();
        }
    }

    @Test
    void alleenToegestaneOntvangers() {
        String basis = ontvanger().basis();
        java.net.URI prefix = java.net.URI.create(basis);
        String poort = String.valueOf(prefix.getPort());
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:5432/hooks/x",
                "http://127.0.0.1:" + poort + "/andere/x", "http://gebruiker:wachtwoord@127.0.0.1:" + poort + "/hooks/x",
                basis + "../q/health", basis + "%2e%2e/q/health", "https://127.0.0.1:" + poort + "/hooks/x",
                "http://127.0.0.1:" + poort + ".aanvaller.example/hooks/x", "http://127.0.0.1:" + poort + "/hooksx",
                basis + "x#fragment", "file:///etc/passwd", "gopher://127.0.0.1:" + poort + "/hooks/")) {
            nl.sekswerkregister.support.Api.ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN))
                    .body(Map.of("callbackUrl", url, "typen", List.of(BESLUIT)))
                    .post("/api/v1/abonnementen").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("callbackUrl"))
                    .body("invalidParams[0].code", equalTo("niet-toegestaan"));
        }
    }

    @Test
    void ontbrekendeOfOnleesbareTypenZijnOngeldigeInvoer() {
        for (Object typen : List.of(Map.of("a", 1), List.of("nl.sekswerkregister.bestaat-niet"), List.of())) {
            nl.sekswerkregister.support.Api.ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN))
                    .body(Map.of("callbackUrl", ontvanger().nieuwPad("typen"), "typen", typen))
                    .post("/api/v1/abonnementen").then().statusCode(400)
                    .body("invalidParams.name", hasItem(org.hamcrest.Matchers.startsWith("typen")));
        }
        nl.sekswerkregister.support.Api.ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN))
                .body(Map.of("callbackUrl", "http://169.254.169.254/")).post("/api/v1/abonnementen").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("typen", "callbackUrl"));
    }

    @Test
    void eenRolKrijgtAlleenWatZijMagZien() {
        String registratie = Gebeurtenistype.REGISTRATIE_GESCHORST.type();
        String sanctie = Gebeurtenistype.SANCTIE_OPGELEGD.type();
        Map<String, Object> body = Map.of("callbackUrl", ontvanger().nieuwPad("rol"), "typen", List.of(registratie));
        als(Rol.VERIFICATEUR).body(body).post("/api/v1/abonnementen").then().statusCode(403)
                .body("code", equalTo("geen-toegang")).body("detail", containsString(registratie));
        als(Rol.BELEIDSMEDEWERKER, EIGEN).body(body).post("/api/v1/abonnementen").then().statusCode(403)
                .body("detail", containsString(registratie));
        als(Rol.HANDHAVINGSJURIST, EIGEN).body(Map.of("callbackUrl", ontvanger().nieuwPad("rol"), "typen",
                List.of(registratie, sanctie))).post("/api/v1/abonnementen").then().statusCode(403)
                .body("detail", containsString(registratie)).body("detail", not(containsString(sanctie)));
        als(Rol.VERGUNNINGVERLENER, EIGEN).body(Map.of("callbackUrl", ontvanger().nieuwPad("rol"), "typen",
                List.of(BESLUIT), "gemeenteCode", ANDERE)).post("/api/v1/abonnementen").then().statusCode(403)
                .body("detail", containsString(ANDERE));
        als(Rol.LANDELIJK_BEHEERDER).body(body).post("/api/v1/abonnementen").then().statusCode(403);
        // The auditor may follow any municipality, and a municipal role its own by default.
        abonneer(Rol.AUDITOR, null, ANDERE, registratie, sanctie, BESLUIT);
        String id = abonneer(Rol.BELEIDSMEDEWERKER, EIGEN, null, BESLUIT).id();
        als(Rol.BELEIDSMEDEWERKER, EIGEN).get("/api/v1/abonnementen/" + id).then().statusCode(200)
                .body("gemeenteCode", equalTo(EIGEN));
    }

    @Test
    void registratiegebeurtenissenAlleenVoorDeEigenGemeente() {
        String[] typen = {Gebeurtenistype.REGISTRATIE_GESCHORST.type(), Gebeurtenistype.REGISTRATIE_INGETROKKEN.type()};
        Abonnement eigen = abonneer(Rol.HANDHAVER, EIGEN, null, typen);
        Abonnement andere = abonneer(Rol.HANDHAVER, ANDERE, null, typen);
        Abonnement auditor = abonneer(Rol.AUDITOR, null, EIGEN, typen);
        String nummer = RegistratieTestToegang.registreer(EIGEN, Personen.bsn()).then().statusCode(201).extract()
                .path("registratienummer");
        RegistratieTestToegang.besluit(EIGEN, nummer, "SCHORSEN").then().statusCode(200);
        RegistratieTestToegang.besluit(EIGEN, nummer, "INTREKKEN").then().statusCode(200);

        wachtTot("beide besluiten bij de eigen gemeente en de auditor", () -> events(eigen.url()).size() == 2
                && events(auditor.url()).size() == 2);
        assertThat(events(eigen.url())).extracting(e -> e.path("type").asText()).containsExactly(typen);
        assertThat(events(eigen.url())).extracting(e -> e.path("data").path("status").asText())
                .containsExactly("GESCHORST", "INGETROKKEN");
        assertThat(ontvanger().ontvangen(eigen.url()).get(0).body()).doesNotContain("Motivering", "werknaam",
                "leeftijdsband");
        // Delivery is asynchronous: the other municipality's had as long as the auditor's.
        assertThat(events(andere.url())).isEmpty();
    }

    @Test
    void eenVerlopenVergunningWordtEenKeerGemeldOokBijTweeScansTegelijk() throws Exception {
        Abonnement abonnement = abonneer(Rol.VERGUNNINGVERLENER, VERLOOP, null,
                Gebeurtenistype.VERGUNNING_VERLOPEN.type());
        LocalDate laatsteDag = TestKlok.vandaag().plusDays(2);
        String nummer = Testdata.verleendTot(VERLOOP, "CLUB", laatsteDag);
        TestKlok.zet(laatsteDag.plusDays(1).atTime(9, 0).atZone(nl.sekswerkregister.common.tijd.Klok.NEDERLAND).toInstant());
        try {
            // Two instances scanning at once: one has the turn, and the key makes a second find a no-op.
            ExecutorService twee = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> scan = () -> verloopbewaker.scan();
                for (Future<Integer> f : twee.invokeAll(List.of(scan, scan))) {
                    f.get();
                }
            } finally {
                twee.shutdown();
            }
            assertThat(verloopbewaker.scan()).as("a later scan finds nothing new").isZero();
            assertThat(database.getal("select count(*) from gebeurtenis where onderwerp = ? and type = ?", nummer,
                    Gebeurtenistype.VERGUNNING_VERLOPEN.type())).isEqualTo(1);
        } finally {
            TestKlok.herstel();
        }
        wachtTot("het verlopen is bezorgd", () -> !ontvanger().ontvangen(abonnement.url()).isEmpty());
        JsonNode event = events(abonnement.url()).get(0);
        assertThat(event.path("subject").asText()).isEqualTo(nummer);
        assertThat(event.path("data").path("geldigTot").asText()).isEqualTo(laatsteDag.toString());
        assertThat(event.path("data").path("status").asText()).isEqualTo("VERLOPEN");
        assertThat(event.path("time").asText()).startsWith(laatsteDag.toString() + "T2");
        assertThat(events(abonnement.url())).hasSize(1);
    }

    @Test
    void eigenAbonnementenZienEnBeeindigenDeBeheerderZietAlle() {
        String eigenaar = "systeem-zaken-" + EIGEN;
        var token = nl.sekswerkregister.support.Tokens.metSubject(eigenaar, Rol.VERGUNNINGVERLENER, EIGEN);
        String url = ontvanger().nieuwPad("eigen");
        String id = nl.sekswerkregister.support.Api.metToken(token).body(Map.of("callbackUrl", url, "typen",
                List.of(BESLUIT))).post("/api/v1/abonnementen").then().statusCode(201)
                .header("Location", containsString("/api/v1/abonnementen/")).extract()
                .path("abonnementId");
        nl.sekswerkregister.support.Api.metToken(token).get("/api/v1/abonnementen").then().statusCode(200)
                .body("resultaten.abonnementId", org.hamcrest.Matchers.contains(id))
                .body("resultaten[0].geheim", nullValue());
        // Another system of the same municipality neither sees nor ends it.
        als(Rol.VERGUNNINGVERLENER, EIGEN).get("/api/v1/abonnementen/" + id).then().statusCode(404);
        als(Rol.VERGUNNINGVERLENER, EIGEN).delete("/api/v1/abonnementen/" + id).then().statusCode(404);
        als(Rol.LANDELIJK_BEHEERDER).queryParam("pageSize", 100).get("/api/v1/abonnementen").then().statusCode(200);
        als(Rol.LANDELIJK_BEHEERDER).get("/api/v1/abonnementen/" + id).then().statusCode(200)
                .body("callbackUrl", equalTo(url));

        nl.sekswerkregister.support.Api.metToken(token).delete("/api/v1/abonnementen/" + id).then().statusCode(200)
                .body("abonnementId", equalTo(id)).body("geheim", nullValue());
        nl.sekswerkregister.support.Api.metToken(token).get("/api/v1/abonnementen/" + id).then().statusCode(404);
        // Ended: a decision afterwards is not delivered to it.
        Abonnement getuige = abonneer(Rol.VERGUNNINGVERLENER, EIGEN, null, BESLUIT);
        Testdata.verleend(EIGEN);
        wachtTot("de getuige heeft het besluit", () -> !events(getuige.url()).isEmpty());
        assertThat(ontvanger().ontvangen(url)).isEmpty();
    }
}
