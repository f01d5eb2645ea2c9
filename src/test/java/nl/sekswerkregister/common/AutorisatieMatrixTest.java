package nl.sekswerkregister.common;

import static nl.sekswerkregister.common.AutorisatieMatrixTest.Verwacht.status;
import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation × every role × own or other municipality. The licence under test belongs to this
 * class's first municipality; "eigen" tokens carry that one as gemeente, "andere" tokens its second.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatieMatrixTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(AutorisatieMatrixTest.class, 2);
    static final String EIGEN = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final java.util.concurrent.atomic.AtomicInteger BALIES = new java.util.concurrent.atomic.AtomicInteger();

    enum Wie {
        VERLENER_EIGEN(Rol.VERGUNNINGVERLENER, EIGEN), VERLENER_ANDERE(Rol.VERGUNNINGVERLENER, ANDERE),
        HANDHAVER_EIGEN(Rol.HANDHAVER, EIGEN), HANDHAVER_ANDERE(Rol.HANDHAVER, ANDERE),
        BELEID_EIGEN(Rol.BELEIDSMEDEWERKER, EIGEN), BELEID_ANDERE(Rol.BELEIDSMEDEWERKER, ANDERE),
        JURIST_EIGEN(Rol.HANDHAVINGSJURIST, EIGEN), JURIST_ANDERE(Rol.HANDHAVINGSJURIST, ANDERE),
        AUDITOR(Rol.AUDITOR, null), LANDELIJK_BEHEERDER(Rol.LANDELIJK_BEHEERDER, null),
        VERIFICATEUR(Rol.VERIFICATEUR, null),
        /** The data subject through a DigiD broker: a BSN claim, no municipality. */
        BETROKKENE(Rol.BETROKKENE, null);

        final String rol;
        final String gemeente;

        Wie(String rol, String gemeente) {
            this.rol = rol;
            this.gemeente = gemeente;
        }
    }

    /** The three municipal roles with a token of the licence's municipality, and with another one. */
    static final Wie[] EIGEN_GEMEENTE = {Wie.VERLENER_EIGEN, Wie.HANDHAVER_EIGEN, Wie.BELEID_EIGEN};
    static final Wie[] ANDERE_GEMEENTE = {Wie.VERLENER_ANDERE, Wie.HANDHAVER_ANDERE, Wie.BELEID_ANDERE};
    /** Everyone but the verificateur, who may do nothing but the registration status check. */
    static final Wie[] IEDEREEN_BEHALVE_VERIFICATEUR = {Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE, Wie.HANDHAVER_EIGEN,
            Wie.HANDHAVER_ANDERE, Wie.BELEID_EIGEN, Wie.BELEID_ANDERE, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER};

    /** The expected status per caller, by name; a caller not named gets 403. */
    record Verwacht(Map<Wie, Integer> perWie) {

        static Verwacht status(int status, Wie... wie) {
            return new Verwacht(new EnumMap<>(Wie.class)).en(status, wie);
        }

        Verwacht en(int status, Wie... wie) {
            EnumMap<Wie, Integer> samen = new EnumMap<>(Wie.class);
            samen.putAll(perWie);
            for (Wie w : wie) {
                if (samen.put(w, status) != null) {
                    throw new IllegalArgumentException(w + " staat twee keer in de verwachting");
                }
            }
            return new Verwacht(samen);
        }

        int voor(Wie wie) {
            return perWie.getOrDefault(wie, 403);
        }
    }

    /** One operation: how to call it, and the expected status for each caller. */
    record Operatie(String naam, BiFunction<RequestSpecification, Wie, Response> aanroep, Verwacht verwacht) {
        int voor(Wie wie) {
            return verwacht.voor(wie);
        }
    }

    List<Operatie> operaties() {
        return List.of(
                new Operatie("GET /gemeenten", (s, w) -> s.get("/api/v1/gemeenten"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /gemeenten/{code}", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("POST /exploitanten", (s, w) -> s.body(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer()))
                        .post("/api/v1/exploitanten"),
                        status(201, Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE)),
                new Operatie("GET /exploitanten", (s, w) -> s.get("/api/v1/exploitanten"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /exploitanten/{id}", (s, w) -> s.get("/api/v1/exploitanten/" + exploitant()),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("PATCH /exploitanten/{id}", (s, w) -> {
                    String id = exploitant();
                    return s.header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                            .body(Map.of("handelsnaam", "Nieuwe naam")).patch("/api/v1/exploitanten/" + id);
                }, status(200, Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE)),
                new Operatie("POST /vergunningen", (s, w) -> s.body(Testdata.vergunningAanvraag(EIGEN, exploitant(), "CLUB"))
                        .post("/api/v1/vergunningen"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen?gemeenteCode=eigen", (s, w) -> s.queryParam("gemeenteCode", EIGEN)
                        .get("/api/v1/vergunningen"),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /vergunningen", (s, w) -> s.get("/api/v1/vergunningen"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning()),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("PATCH /vergunningen/{nummer}", (s, w) -> s.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json").body(Map.of("voorschriften", List.of("Nieuw voorschrift")))
                        .patch("/api/v1/vergunningen/" + vergunning()),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("POST /vergunningen/{nummer}/besluiten", (s, w) -> s.body(Testdata.besluit("WEIGEREN"))
                        .post("/api/v1/vergunningen/" + vergunning() + "/besluiten"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /vergunningen/{nummer}/besluiten", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning() + "/besluiten"),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}/status", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning() + "/status"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                new Operatie("GET /vergunningen/{nummer}/status?postcode&huisnummer", (s, w) -> s
                        .queryParam("postcode", "1012DN").queryParam("huisnummer", 12)
                        .get("/api/v1/vergunningen/" + vergunning() + "/status"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR)),
                // Premises elsewhere are not found rather than refused (VestigingService): 200 with an
                // empty page for a search, 404 for an id.
                new Operatie("GET /vestigingen?postcode&huisnummer", (s, w) -> doel(s).queryParam("postcode", "1012DN")
                        .queryParam("huisnummer", 12).get("/api/v1/vestigingen"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("GET /vestigingen?kvkNummer", (s, w) -> doel(s).queryParam("kvkNummer", "12345678")
                        .get("/api/v1/vestigingen"),
                        status(200, EIGEN_GEMEENTE).en(200, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("GET /vestigingen/{id}", (s, w) -> doel(s).get(vestiging()),
                        status(200, EIGEN_GEMEENTE).en(404, ANDERE_GEMEENTE).en(200, Wie.AUDITOR, Wie.LANDELIJK_BEHEERDER)),
                // Signals: recorded and closed by the municipality's own enforcement officer; read by its
                // enforcement team and policy officers, and the auditor. Elsewhere they do not exist (404, empty).
                new Operatie("POST /signaleringen", (s, w) -> doel(s).body(signaleringAanvraag())
                        .post("/api/v1/signaleringen"),
                        status(201, Wie.HANDHAVER_EIGEN)),
                new Operatie("GET /signaleringen", (s, w) -> doel(s).get("/api/v1/signaleringen"),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.HANDHAVER_ANDERE, Wie.JURIST_EIGEN, Wie.JURIST_ANDERE,
                                Wie.BELEID_EIGEN, Wie.BELEID_ANDERE, Wie.AUDITOR)),
                new Operatie("GET /signaleringen/{id}", (s, w) -> doel(s).get("/api/v1/signaleringen/" + signalering()),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.JURIST_EIGEN, Wie.BELEID_EIGEN, Wie.AUDITOR)
                                .en(404, Wie.HANDHAVER_ANDERE, Wie.JURIST_ANDERE, Wie.BELEID_ANDERE)),
                new Operatie("POST /signaleringen/{id}/afsluiting", (s, w) -> doel(s).body(Map.of("uitkomst",
                                "ACTIVITEIT_BEEINDIGD", "datum", TestKlok.vandaag().toString()))
                        .post("/api/v1/signaleringen/" + signalering() + "/afsluiting"),
                        status(200, Wie.HANDHAVER_EIGEN).en(404, Wie.HANDHAVER_ANDERE)),
                new Operatie("POST /gemeenten/{code}/regelsets", (s, w) -> s.body(regelsetConcept())
                        .post("/api/v1/gemeenten/" + EIGEN + "/regelsets"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /gemeenten/{code}/regelsets", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN + "/regelsets"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                // A draft is the municipality's own working document: to others it does not exist.
                new Operatie("GET /gemeenten/{code}/regelsets/{versie} (concept)", (s, w) -> s.get("/api/v1/gemeenten/"
                        + EIGEN + "/regelsets/" + concept()),
                        status(200, EIGEN_GEMEENTE).en(200, Wie.AUDITOR)
                                .en(404, ANDERE_GEMEENTE).en(404, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("PATCH /gemeenten/{code}/regelsets/{versie}", (s, w) -> s.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json").body(Map.of("bron", "APV art. 3:1 (gewijzigd)"))
                        .patch("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept()),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("POST /gemeenten/{code}/regelsets/{versie}/publicatie", (s, w) -> s
                        .post("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept() + "/publicatie"),
                        status(200, Wie.VERLENER_EIGEN)),
                new Operatie("GET /landelijke-kaders", (s, w) -> s.get("/api/v1/landelijke-kaders"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /landelijke-kaders/{code}", (s, w) -> s.get("/api/v1/landelijke-kaders/huidige-wet"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("POST /landelijke-kaders", (s, w) -> s.body(Map.of("code", "matrix-kader", "naam", "Matrix",
                        "bron", "Test", "regels", Map.of("minimumleeftijd", 18))).post("/api/v1/landelijke-kaders"),
                        status(201, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("GET /conflicten", (s, w) -> s.queryParam("gemeenteCode", EIGEN).get("/api/v1/conflicten"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                // Rules and decisions are public law: every reading role, any municipality's token.
                new Operatie("GET /gemeenten/{code}/kadertoets", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN + "/kadertoets"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /conflictcontroles", (s, w) -> s.get("/api/v1/conflictcontroles"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("GET /lappendeken-index", (s, w) -> s.get("/api/v1/lappendeken-index"),
                        status(200, IEDEREEN_BEHALVE_VERIFICATEUR)),
                new Operatie("POST /regelset-simulaties", (s, w) -> s.body(Map.of("gemeenteCode", EIGEN,
                        "regels", Map.of("minimumleeftijd", 21))).post("/api/v1/regelset-simulaties"),
                        status(200, Wie.VERLENER_EIGEN, Wie.BELEID_EIGEN, Wie.LANDELIJK_BEHEERDER)),
                new Operatie("POST /registraties", (s, w) -> doel(s).body(registratieAanvraag()).post("/api/v1/registraties"),
                        status(201, Wie.VERLENER_EIGEN)),
                new Operatie("GET /registraties/{nr}", (s, w) -> doel(s).get("/api/v1/registraties/" + registratie()),
                        status(200, Wie.VERLENER_EIGEN, Wie.HANDHAVER_EIGEN).en(404, Wie.VERLENER_ANDERE, Wie.HANDHAVER_ANDERE)),
                new Operatie("GET /registraties/{nr}/status", (s, w) -> doel(s).get("/api/v1/registraties/" + registratie()
                        + "/status"),
                        status(200, Wie.HANDHAVER_EIGEN, Wie.HANDHAVER_ANDERE, Wie.VERIFICATEUR)),
                new Operatie("POST /registraties/{nr}/besluiten", (s, w) -> doel(s).body(Map.of("besluittype", "SCHORSEN",
                        "motivering", "Matrix.")).post("/api/v1/registraties/" + registratie() + "/besluiten"),
                        status(200, Wie.VERLENER_EIGEN).en(404, Wie.VERLENER_ANDERE)),
                new Operatie("POST /registraties/_zoek", (s, w) -> doel(s).body(Map.of("identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(nl.sekswerkregister.support.Personen.bsn())))
                        .post("/api/v1/registraties/_zoek"),
                        status(200, Wie.VERLENER_EIGEN, Wie.VERLENER_ANDERE)),
                // A person registered in the own municipality: filed there, 404 anywhere else (InzageverzoekTest).
                new Operatie("POST /inzageverzoeken", (s, w) -> doel(s).body(Map.of("identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(geregistreerdePersoon())))
                        .post("/api/v1/inzageverzoeken"),
                        status(201, Wie.VERLENER_EIGEN).en(404, Wie.VERLENER_ANDERE)),
                new Operatie("GET /inzageverzoeken", (s, w) -> s.get("/api/v1/inzageverzoeken"),
                        status(200, Wie.AUDITOR)),
                new Operatie("GET /inzageverzoeken/{id}", (s, w) -> doel(s).get("/api/v1/inzageverzoeken/" + inzageverzoek()),
                        status(200, Wie.VERLENER_EIGEN, Wie.AUDITOR).en(404, Wie.VERLENER_ANDERE)),
                // Approved by a second officer: the request is filed by another subject of the own municipality.
                new Operatie("POST /inzageverzoeken/{id}/goedkeuring", (s, w) -> doel(s)
                        .post("/api/v1/inzageverzoeken/" + inzageverzoek() + "/goedkeuring"),
                        status(200, Wie.VERLENER_EIGEN).en(404, Wie.VERLENER_ANDERE)),
                new Operatie("GET /inzage", (s, w) -> s.get("/api/v1/inzage"),
                        status(200, Wie.BETROKKENE)),
                new Operatie("GET /dataverwerkingen", (s, w) -> s.get("/api/v1/dataverwerkingen"),
                        status(200, Wie.AUDITOR)),
                new Operatie("GET /dataverwerkingen/verificatie", (s, w) -> s.get("/api/v1/dataverwerkingen/verificatie"),
                        status(200, Wie.AUDITOR)));
    }

    Stream<Arguments> matrix() {
        List<Arguments> gevallen = new ArrayList<>();
        for (Operatie operatie : operaties()) {
            for (Wie wie : Wie.values()) {
                gevallen.add(Arguments.of(operatie.naam(), wie, operatie));
            }
        }
        return gevallen.stream();
    }

    @ParameterizedTest(name = "{0} als {1}")
    @MethodSource("matrix")
    void rolEnGemeenteBepalenToegang(String naam, Wie wie, Operatie operatie) {
        RequestSpecification spec = wie == Wie.BETROKKENE
                ? metToken(Tokens.betrokkene(nl.sekswerkregister.support.Personen.bsn()))
                : wie.gemeente == null ? als(wie.rol) : als(wie.rol, wie.gemeente);
        int verwacht = operatie.voor(wie);
        Response antwoord = operatie.aanroep().apply(spec, wie);
        antwoord.then().statusCode(verwacht);
        if (verwacht == 403) {
            antwoord.then().contentType("application/problem+json").body("code", equalTo("geen-toegang"));
        }
    }

    @Test
    void vergunningverlenerZonderGemeenteClaimMagNietsSchrijven() {
        metToken(Tokens.voor(Rol.VERGUNNINGVERLENER))
                .body(Testdata.vergunningAanvraag(EIGEN, exploitant(), "CLUB"))
                .post("/api/v1/vergunningen")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
        metToken(Tokens.voor(Rol.HANDHAVER)).get("/api/v1/vergunningen")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
    }

    @Test
    void eenAndereGemeenteHoortNietOfEenExploitantBestaat() {
        metToken(Tokens.voor(Rol.VERGUNNINGVERLENER, ANDERE))
                .body(Testdata.vergunningAanvraag(EIGEN, "00000000-0000-4000-8000-000000000000", "CLUB"))
                .header(nl.sekswerkregister.support.Contract.ONGELDIG_VERZOEK, "ja")
                .post("/api/v1/vergunningen")
                .then().statusCode(403);
    }

    @Test
    void eenOnbekendeRolKrijgtNergensToegang() {
        metToken(Tokens.voor("sekswerker", EIGEN)).get("/api/v1/gemeenten").then().statusCode(403);
        metToken(Tokens.voor("verificateur", EIGEN)).get("/api/v1/vergunningen/" + vergunning() + "/status")
                .then().statusCode(403);
    }

    private static RequestSpecification doel(RequestSpecification s) {
        return s.header("X-Doelbinding", "Autorisatietest").header("X-Verwerkingsactiviteit", "Autorisatietest");
    }

    private static Map<String, Object> registratieAanvraag() {
        Testdata.metRegistratieplicht(EIGEN);
        return Map.of("gemeenteCode", EIGEN, "identificatie", nl.sekswerkregister.support.Personen.metBsn(
                        nl.sekswerkregister.support.Personen.bsn()), "geboortedatum", "1990-05-05", "intakedatum",
                TestKlok.vandaag().minusDays(1).toString());
    }

    private static Map<String, Object> signaleringAanvraag() {
        return Map.of("gemeenteCode", EIGEN, "bron", "MELDING_BURGER", "datum", TestKlok.vandaag().toString(),
                "advertentie", Map.of("platform", "kinky.nl", "referentie", "https://example.nl/matrix"));
    }

    /** A fresh signal of the own municipality, by its own enforcement officer. */
    private String signalering() {
        return doel(als(Rol.HANDHAVER, EIGEN)).body(signaleringAanvraag()).post("/api/v1/signaleringen")
                .then().statusCode(201).extract().path("signaleringId");
    }

    /** A fresh registration in the own municipality, by its own licensing officer. */
    private String registratie() {
        return doel(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(registratieAanvraag()).post("/api/v1/registraties")
                .then().statusCode(201).extract().path("registratienummer");
    }

    /** A person registered in the own municipality. */
    private String geregistreerdePersoon() {
        String bsn = nl.sekswerkregister.support.Personen.bsn();
        doel(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(Map.of("gemeenteCode", EIGEN, "identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(bsn), "geboortedatum", "1990-05-05", "intakedatum",
                        TestKlok.vandaag().minusDays(1).toString())).post("/api/v1/registraties").then().statusCode(201);
        return bsn;
    }

    /** A fresh access request of the own municipality, filed by an officer who is none of the callers. */
    private String inzageverzoek() {
        // One officer each: every officer has a daily limit of requests.
        String balie = "matrix-balie-" + BALIES.incrementAndGet() + "-" + EIGEN;
        return doel(metToken(Tokens.metSubject(balie, Rol.VERGUNNINGVERLENER, EIGEN)))
                .body(Map.of("identificatie", nl.sekswerkregister.support.Personen.metBsn(geregistreerdePersoon())))
                .post("/api/v1/inzageverzoeken").then().statusCode(201).extract().path("id");
    }

    /** A draft rule set far in the future of the own municipality: drafts never take effect, so cases stay independent. */
    private int concept() {
        return als(Rol.VERGUNNINGVERLENER, EIGEN).body(regelsetConcept()).post("/api/v1/gemeenten/" + EIGEN + "/regelsets")
                .then().statusCode(201).extract().path("versie");
    }

    private static Map<String, Object> regelsetConcept() {
        return Map.of("geldigVanaf", "2090-01-01", "geldigTot", "2090-01-01", "bron", "APV art. 3:1 (test)",
                "regels", Map.of("minimumleeftijd", 21));
    }

    /** A fresh licence application of the own municipality, so that decisions in one case never affect another. */
    private String vergunning() {
        return Testdata.aanvraag(EIGEN);
    }

    /** The path of the premises of a fresh CLUB application of the own municipality. */
    private String vestiging() {
        return als(Rol.VERGUNNINGVERLENER, EIGEN).get("/api/v1/vergunningen/" + vergunning())
                .then().statusCode(200).extract().path("_links.vestiging.href");
    }

    private String exploitant() {
        return Testdata.exploitant(EIGEN);
    }
}
