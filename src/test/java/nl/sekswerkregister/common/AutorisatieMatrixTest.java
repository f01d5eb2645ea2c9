package nl.sekswerkregister.common;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
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

    enum Wie {
        VERLENER_EIGEN(Rol.VERGUNNINGVERLENER, EIGEN), VERLENER_ANDERE(Rol.VERGUNNINGVERLENER, ANDERE),
        HANDHAVER_EIGEN(Rol.HANDHAVER, EIGEN), HANDHAVER_ANDERE(Rol.HANDHAVER, ANDERE),
        BELEID_EIGEN(Rol.BELEIDSMEDEWERKER, EIGEN), BELEID_ANDERE(Rol.BELEIDSMEDEWERKER, ANDERE),
        AUDITOR(Rol.AUDITOR, null), LANDELIJK_BEHEERDER(Rol.LANDELIJK_BEHEERDER, null),
        VERIFICATEUR(Rol.VERIFICATEUR, null);

        final String rol;
        final String gemeente;

        Wie(String rol, String gemeente) {
            this.rol = rol;
            this.gemeente = gemeente;
        }
    }

    /**
     * One operation: how to call it, and the expected status for each caller (in Wie order). The
     * verificateur may do nothing but the registration status check, so eight values mean 403 for it.
     */
    record Operatie(String naam, BiFunction<RequestSpecification, Wie, Response> aanroep, int... verwacht) {
        int voor(Wie wie) {
            return wie.ordinal() < verwacht.length ? verwacht[wie.ordinal()] : 403;
        }
    }

    List<Operatie> operaties() {
        return List.of(
                new Operatie("GET /gemeenten", (s, w) -> s.get("/api/v1/gemeenten"),
                        200, 200, 200, 200, 200, 200, 200, 200),
                new Operatie("GET /gemeenten/{code}", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN),
                        200, 200, 200, 200, 200, 200, 200, 200),
                new Operatie("POST /exploitanten", (s, w) -> s.body(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer()))
                        .post("/api/v1/exploitanten"),
                        201, 201, 403, 403, 403, 403, 403, 403),
                new Operatie("GET /exploitanten", (s, w) -> s.get("/api/v1/exploitanten"),
                        200, 200, 200, 200, 200, 200, 200, 403),
                new Operatie("GET /exploitanten/{id}", (s, w) -> s.get("/api/v1/exploitanten/" + exploitant()),
                        200, 200, 200, 200, 200, 200, 200, 403),
                new Operatie("PATCH /exploitanten/{id}", (s, w) -> {
                    String id = exploitant();
                    return s.header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                            .body(Map.of("handelsnaam", "Nieuwe naam")).patch("/api/v1/exploitanten/" + id);
                }, 200, 200, 403, 403, 403, 403, 403, 403),
                new Operatie("POST /vergunningen", (s, w) -> s.body(Testdata.vergunningAanvraag(EIGEN, exploitant(), "CLUB"))
                        .post("/api/v1/vergunningen"),
                        201, 403, 403, 403, 403, 403, 403, 403),
                new Operatie("GET /vergunningen?gemeenteCode=eigen", (s, w) -> s.queryParam("gemeenteCode", EIGEN)
                        .get("/api/v1/vergunningen"),
                        200, 403, 200, 403, 200, 403, 200, 403),
                new Operatie("GET /vergunningen", (s, w) -> s.get("/api/v1/vergunningen"),
                        200, 200, 200, 200, 200, 200, 200, 403),
                new Operatie("GET /vergunningen/{nummer}", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning()),
                        200, 403, 200, 403, 200, 403, 200, 403),
                new Operatie("PATCH /vergunningen/{nummer}", (s, w) -> s.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json").body(Map.of("voorschriften", List.of("Nieuw voorschrift")))
                        .patch("/api/v1/vergunningen/" + vergunning()),
                        200, 403, 403, 403, 403, 403, 403, 403),
                new Operatie("POST /vergunningen/{nummer}/besluiten", (s, w) -> s.body(Testdata.besluit("WEIGEREN"))
                        .post("/api/v1/vergunningen/" + vergunning() + "/besluiten"),
                        201, 403, 403, 403, 403, 403, 403, 403),
                new Operatie("GET /vergunningen/{nummer}/besluiten", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning() + "/besluiten"),
                        200, 403, 200, 403, 200, 403, 200, 403),
                new Operatie("GET /vergunningen/{nummer}/status", (s, w) -> s.get("/api/v1/vergunningen/" + vergunning() + "/status"),
                        200, 200, 200, 200, 200, 200, 200, 403),
                new Operatie("POST /gemeenten/{code}/regelsets", (s, w) -> s.body(regelsetConcept())
                        .post("/api/v1/gemeenten/" + EIGEN + "/regelsets"),
                        201, 403, 403, 403, 403, 403, 403, 403),
                new Operatie("GET /gemeenten/{code}/regelsets", (s, w) -> s.get("/api/v1/gemeenten/" + EIGEN + "/regelsets"),
                        200, 200, 200, 200, 200, 200, 200, 200),
                // A draft is the municipality's own working document: to others it does not exist.
                new Operatie("GET /gemeenten/{code}/regelsets/{versie} (concept)", (s, w) -> s.get("/api/v1/gemeenten/"
                        + EIGEN + "/regelsets/" + concept()), 200, 404, 200, 404, 200, 404, 200, 404),
                new Operatie("PATCH /gemeenten/{code}/regelsets/{versie}", (s, w) -> s.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json").body(Map.of("bron", "APV art. 3:1 (gewijzigd)"))
                        .patch("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept()),
                        200, 403, 403, 403, 403, 403, 403, 403),
                new Operatie("POST /gemeenten/{code}/regelsets/{versie}/publicatie", (s, w) -> s
                        .post("/api/v1/gemeenten/" + EIGEN + "/regelsets/" + concept() + "/publicatie"),
                        200, 403, 403, 403, 403, 403, 403, 403),
                new Operatie("GET /landelijke-kaders", (s, w) -> s.get("/api/v1/landelijke-kaders"),
                        200, 200, 200, 200, 200, 200, 200, 200),
                new Operatie("GET /landelijke-kaders/{code}", (s, w) -> s.get("/api/v1/landelijke-kaders/huidige-wet"),
                        200, 200, 200, 200, 200, 200, 200, 200),
                new Operatie("POST /landelijke-kaders", (s, w) -> s.body(Map.of("code", "matrix-kader", "naam", "Matrix",
                        "bron", "Test", "regels", Map.of("minimumleeftijd", 18))).post("/api/v1/landelijke-kaders"),
                        403, 403, 403, 403, 403, 403, 403, 201),
                new Operatie("GET /conflicten", (s, w) -> s.queryParam("gemeenteCode", EIGEN).get("/api/v1/conflicten"),
                        200, 200, 200, 200, 200, 200, 200, 200),
                new Operatie("GET /conflictcontroles", (s, w) -> s.get("/api/v1/conflictcontroles"),
                        200, 200, 200, 200, 200, 200, 200, 200),
                new Operatie("GET /lappendeken-index", (s, w) -> s.get("/api/v1/lappendeken-index"),
                        200, 200, 200, 200, 200, 200, 200, 200),
                new Operatie("POST /regelset-simulaties", (s, w) -> s.body(Map.of("gemeenteCode", EIGEN,
                        "regels", Map.of("minimumleeftijd", 21))).post("/api/v1/regelset-simulaties"),
                        200, 403, 403, 403, 200, 403, 403, 200),
                new Operatie("POST /registraties", (s, w) -> doel(s).body(registratieAanvraag()).post("/api/v1/registraties"),
                        201, 403, 403, 403, 403, 403, 403, 403),
                new Operatie("GET /registraties/{nr}", (s, w) -> doel(s).get("/api/v1/registraties/" + registratie()),
                        200, 404, 200, 404, 403, 403, 403, 403),
                new Operatie("GET /registraties/{nr}/status", (s, w) -> doel(s).get("/api/v1/registraties/" + registratie()
                        + "/status"), 403, 403, 200, 200, 403, 403, 403, 403, 200),
                new Operatie("POST /registraties/{nr}/besluiten", (s, w) -> doel(s).body(Map.of("besluittype", "SCHORSEN",
                        "motivering", "Matrix.")).post("/api/v1/registraties/" + registratie() + "/besluiten"),
                        200, 404, 403, 403, 403, 403, 403, 403),
                new Operatie("POST /registraties/_zoek", (s, w) -> doel(s).body(Map.of("identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(nl.sekswerkregister.support.Personen.bsn())))
                        .post("/api/v1/registraties/_zoek"), 200, 200, 403, 403, 403, 403, 403, 403),
                // A person without a registration in the officer's municipality: 404 (see VerwerkingenlogboekTest).
                new Operatie("POST /inzageverzoeken", (s, w) -> doel(s).body(Map.of("identificatie",
                        nl.sekswerkregister.support.Personen.metBsn(nl.sekswerkregister.support.Personen.bsn())))
                        .post("/api/v1/inzageverzoeken"), 404, 404, 403, 403, 403, 403, 403, 403),
                new Operatie("GET /dataverwerkingen", (s, w) -> s.get("/api/v1/dataverwerkingen"),
                        403, 403, 403, 403, 403, 403, 200, 403),
                new Operatie("GET /dataverwerkingen/verificatie", (s, w) -> s.get("/api/v1/dataverwerkingen/verificatie"),
                        403, 403, 403, 403, 403, 403, 200, 403));
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
        RequestSpecification spec = wie.gemeente == null ? als(wie.rol) : als(wie.rol, wie.gemeente);
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
        return Map.of("gemeenteCode", EIGEN, "identificatie", nl.sekswerkregister.support.Personen.metBsn(
                        nl.sekswerkregister.support.Personen.bsn()), "geboortedatum", "1990-05-05", "intakedatum",
                TestKlok.vandaag().minusDays(1).toString());
    }

    /** A fresh registration in the own municipality, by its own licensing officer. */
    private String registratie() {
        return doel(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(registratieAanvraag()).post("/api/v1/registraties")
                .then().statusCode(201).extract().path("registratienummer");
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

    private String exploitant() {
        return Testdata.exploitant(EIGEN);
    }
}
