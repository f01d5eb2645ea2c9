package nl.sekswerkregister.registratie;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistratieTest {

    /** Where people are registered; another municipality; one with age rules; one that recognises only its own. */
    static final List<String> GEMEENTEN = Eigendom.gemeenten(RegistratieTest.class, 4);
    static final String EIGEN = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);

    @Inject
    Database database;

    static RequestSpecification metDoel(RequestSpecification spec) {
        return spec.header("X-Doelbinding", "Registratie sekswerkers (APV art. 3:13)")
                .header("X-Verwerkingsactiviteit", "Registreren en controleren van sekswerkers");
    }

    static Map<String, Object> aanvraag(String gemeente, String bsn, LocalDate geboortedatum) {
        return Map.of("gemeenteCode", gemeente, "identificatie", Personen.metBsn(bsn), "geboortedatum",
                geboortedatum.toString(), "intakedatum", vandaag().minusDays(3).toString());
    }

    static Response registreer(String gemeente, String bsn, LocalDate geboortedatum) {
        Eigendom.vereisEigenaar(gemeente);
        return metDoel(als(Rol.VERGUNNINGVERLENER, gemeente)).body(aanvraag(gemeente, bsn, geboortedatum))
                .post("/api/v1/registraties");
    }

    static String registreerd(String gemeente, String bsn) {
        return registreer(gemeente, bsn, vandaag().minusYears(30)).then().statusCode(201).extract().path("registratienummer");
    }

    @Test
    void registrerenGeeftEenNummerEenGeldigheidEnEenPseudoniem_nooitDeBsn() {
        String bsn = Personen.bsn();
        Response antwoord = registreer(EIGEN, bsn, vandaag().minusYears(22).minusDays(5));
        antwoord.then().statusCode(201)
                .body("registratienummer", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}"))
                .body("status", equalTo("ACTIEF"))
                .body("leeftijdsband", equalTo("21-24"))
                .body("geldigVanaf", equalTo(vandaag().toString()))
                .body("geldigTot", equalTo(vandaag().plusMonths(12).minusDays(1).toString()))
                .body("gemeentePseudoniem", matchesPattern("[0-9a-f]{64}"));
        assertThat(antwoord.asString()).doesNotContain(bsn).doesNotContain("geboortedatum");
        assertThat(antwoord.header("Location")).endsWith("/" + antwoord.path("registratienummer"));
    }

    @Test
    void eenPersoonHeeftLandelijkMaarEenLopendeRegistratie_en409VerraadtNiets() {
        String bsn = Personen.bsn();
        String nummer = registreerd(EIGEN, bsn);
        Response tweede = metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, ANDERE)))
                .body(aanvraag(ANDERE, bsn, vandaag().minusYears(30))).post("/api/v1/registraties");
        tweede.then().statusCode(409).body("code", equalTo("conflict"));
        assertThat(tweede.asString()).doesNotContain(nummer).doesNotContain(EIGEN).doesNotContain(Eigendom.naam(EIGEN))
                .doesNotContain(bsn);
    }

    @Test
    void deTweeGemeentepseudoniemenVanEenPersoonVerschillen() {
        String bsn = Personen.bsn();
        String nummer = registreerd(EIGEN, bsn);
        String inEigen = metDoel(als(Rol.VERGUNNINGVERLENER, EIGEN)).get("/api/v1/registraties/" + nummer)
                .then().statusCode(200).extract().path("gemeentePseudoniem");
        besluit(EIGEN, nummer, "INTREKKEN").then().statusCode(200).body("status", equalTo("INGETROKKEN"));
        String inAndere = registreer(ANDERE, bsn, vandaag().minusYears(30)).then().statusCode(201)
                .extract().path("gemeentePseudoniem");
        assertThat(inAndere).isNotEqualTo(inEigen);
    }

    @Test
    void onderDeMinimumleeftijdVanDeRegelsetOfHetKader() {
        String metLeeftijdsregels = GEMEENTEN.get(2); // minimum age 21, registrations valid 12 or 24 months by age
        Testdata.gepubliceerdeRegelset(metLeeftijdsregels, vandaag().minusYears(1).toString(), vandaag().plusYears(5).toString(),
                Map.of("minimumleeftijd", 21, "registratiegeldigheid", Map.of("maanden", 24, "onderLeeftijd", 23,
                        "maandenOnderLeeftijd", 12)));
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, metLeeftijdsregels))).body(aanvraag(metLeeftijdsregels, Personen.bsn(), vandaag().minusYears(20)))
                .post("/api/v1/registraties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("geboortedatum"))
                .body("invalidParams[0].code", equalTo("minimumleeftijd"));
        registreer(metLeeftijdsregels, Personen.bsn(), vandaag().minusYears(22)).then().statusCode(201)
                .body("geldigTot", equalTo(vandaag().plusMonths(12).minusDays(1).toString()));
        registreer(metLeeftijdsregels, Personen.bsn(), vandaag().minusYears(40)).then().statusCode(201)
                .body("geldigTot", equalTo(vandaag().plusMonths(24).minusDays(1).toString()));
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN))).body(aanvraag(EIGEN, Personen.bsn(), vandaag().minusYears(17)))
                .post("/api/v1/registraties").then().statusCode(400).body("invalidParams[0].code", equalTo("minimumleeftijd"));
    }

    @Test
    void hetVolledigeRecordAlleenVoorDeRegistrerendeGemeente() {
        String nummer = registreerd(EIGEN, Personen.bsn());
        metDoel(als(Rol.HANDHAVER, EIGEN)).get("/api/v1/registraties/" + nummer).then().statusCode(200);
        metDoel(als(Rol.VERGUNNINGVERLENER, ANDERE)).get("/api/v1/registraties/" + nummer).then().statusCode(404);
        metDoel(als(Rol.HANDHAVER, ANDERE)).get("/api/v1/registraties/" + nummer).then().statusCode(404);
        besluit(ANDERE, nummer, "SCHORSEN").then().statusCode(404);
    }

    @Test
    void hitNoHit_verificateurZietGeenVerschilTussenOnbekendVerlopenEnIngetrokken() {
        String geldig = registreerd(EIGEN, Personen.bsn());
        String ingetrokken = registreerd(EIGEN, Personen.bsn());
        besluit(EIGEN, ingetrokken, "INTREKKEN").then().statusCode(200);
        String verlopen = registreerd(EIGEN, Personen.bsn());
        database.voerUit("update registratie set geldig_vanaf = ?, geldig_tot = ? where registratienummer = ?",
                vandaag().minusYears(2), vandaag().minusDays(1), verlopen);
        String onbekend = nietBestaandNummer();

        metDoel(als(Rol.VERIFICATEUR)).get("/api/v1/registraties/" + geldig + "/status").then().statusCode(200)
                .body("geldig", equalTo(true)).body("status", nullValue())
                .body("geldigTot", equalTo(vandaag().plusMonths(12).minusDays(1).toString()));
        List<String> nietGeldig = List.of(ingetrokken, verlopen, onbekend).stream().map(n ->
                metDoel(als(Rol.VERIFICATEUR)).get("/api/v1/registraties/" + n + "/status").then().statusCode(200)
                        .body("geldig", equalTo(false)).extract().asString()
                        .replace(n, "NUMMER").replaceAll("\"gecontroleerdOp\":\"[^\"]+\"", "")).toList();
        assertThat(nietGeldig).containsOnly(nietGeldig.get(0));

        metDoel(als(Rol.HANDHAVER, ANDERE)).get("/api/v1/registraties/" + ingetrokken + "/status").then()
                .statusCode(200).body("status", equalTo("INGETROKKEN")).body("geldig", equalTo(false));
        metDoel(als(Rol.HANDHAVER, ANDERE)).get("/api/v1/registraties/" + verlopen + "/status").then()
                .body("status", equalTo("VERLOPEN"));
        metDoel(als(Rol.HANDHAVER, ANDERE)).get("/api/v1/registraties/" + onbekend + "/status").then().statusCode(404);
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN))).get("/api/v1/registraties/" + geldig + "/status")
                .then().statusCode(403);
    }

    @Test
    void erkenningInEenAndereGemeente() {
        String alleenEigen = GEMEENTEN.get(3); // recognises only its own registrations
        Testdata.gepubliceerdeRegelset(alleenEigen, vandaag().minusYears(1).toString(), vandaag().plusYears(5).toString(),
                Map.of("registratieplicht", true, "erkenning", Map.of("soort", "EIGEN")));
        String nummer = registreerd(EIGEN, Personen.bsn());
        metDoel(als(Rol.VERIFICATEUR)).queryParam("gemeenteCode", alleenEigen).get("/api/v1/registraties/" + nummer + "/status")
                .then().statusCode(200).body("geldig", equalTo(true)).body("erkend", equalTo(false));
    }

    @Test
    void besluitenOpEenRegistratie() {
        String nummer = registreerd(EIGEN, Personen.bsn());
        besluit(EIGEN, nummer, "SCHORSEN").then().statusCode(200).body("status", equalTo("GESCHORST"));
        besluit(EIGEN, nummer, "VERLENGEN").then().statusCode(409).body("code", equalTo("ongeldige-statusovergang"));
        besluit(EIGEN, nummer, "SCHORSING_OPHEFFEN").then().statusCode(200).body("status", equalTo("ACTIEF"));
        besluit(EIGEN, nummer, "VERLENGEN").then().statusCode(200)
                .body("geldigTot", equalTo(vandaag().plusMonths(24).minusDays(1).toString()));
        besluit(EIGEN, nummer, "INTREKKEN").then().statusCode(200).body("status", equalTo("INGETROKKEN"));
        besluit(EIGEN, nummer, "SCHORSEN").then().statusCode(409);
    }

    @Test
    void zoekenVindtAlleenDeEigenGemeente() {
        String bsn = Personen.bsn();
        String nummer = registreerd(EIGEN, bsn);
        metDoel(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(Map.of("identificatie", Personen.metBsn(bsn)))
                .post("/api/v1/registraties/_zoek").then().statusCode(200)
                .body("resultaten.registratienummer", equalTo(List.of(nummer)));
        metDoel(als(Rol.VERGUNNINGVERLENER, ANDERE)).body(Map.of("identificatie", Personen.metBsn(bsn)))
                .post("/api/v1/registraties/_zoek").then().statusCode(200).body("resultaten", hasSize(0));
    }

    @Test
    void eenBuitenlandsDocumentIsEenTweedeIdentificatie() {
        Map<String, Object> document = Map.of("document", Map.of("soort", "PASPOORT", "nummer", "C01X00T47", "land", "DEU"));
        Map<String, Object> body = new HashMap<>(aanvraag(EIGEN, "x", vandaag().minusYears(25)));
        body.put("identificatie", document);
        metDoel(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(body).post("/api/v1/registraties").then().statusCode(201);
        body.put("gemeenteCode", ANDERE);
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, ANDERE))).body(body).post("/api/v1/registraties").then().statusCode(409);
    }

    @Test
    void ongeldigeInvoerIsEenDuidelijkProbleemZonderPersoonsgegevensEnZonderSchrijven() {
        long registraties = database.aantal("registratie");
        long verwerkingen = database.aantal("dataverwerking");
        String fout = Personen.ongeldigBsn();
        Response elfproef = metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN)))
                .body(aanvraag(EIGEN, fout, vandaag().minusYears(30))).post("/api/v1/registraties");
        elfproef.then().statusCode(400).body("invalidParams[0].name", equalTo("identificatie.bsn"))
                .body("invalidParams[0].code", equalTo("elfproef"));
        assertThat(elfproef.asString()).doesNotContain(fout);

        String bsn = Personen.bsn();
        Response inUrl = metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN))).queryParam("bsn", bsn)
                .body(Map.of("identificatie", Personen.metBsn(bsn))).post("/api/v1/registraties/_zoek");
        inUrl.then().statusCode(400).body("invalidParams[0].name", equalTo("bsn"));
        assertThat(inUrl.asString()).doesNotContain(bsn);

        ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN)).body(aanvraag(EIGEN, Personen.bsn(), vandaag().minusYears(30)))
                .post("/api/v1/registraties").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("X-Doelbinding", "X-Verwerkingsactiviteit"));

        Map<String, Object> toekomst = new HashMap<>(aanvraag(EIGEN, Personen.bsn(), vandaag().minusYears(30)));
        toekomst.put("intakedatum", vandaag().plusDays(1).toString());
        metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, EIGEN))).body(toekomst).post("/api/v1/registraties").then()
                .statusCode(400).body("invalidParams.name", hasItem("intakedatum"));

        metDoel(ongeldig(als(Rol.HANDHAVER, EIGEN))).get("/api/v1/registraties/ABC/status").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("patroon"));
        String echt = registreerd(EIGEN, Personen.bsn());
        registraties++;
        verwerkingen = database.aantal("dataverwerking");
        String tikfout = echt.substring(0, 12) + (echt.charAt(12) == '0' ? '1' : '0');
        metDoel(ongeldig(als(Rol.HANDHAVER, EIGEN))).get("/api/v1/registraties/" + tikfout + "/status").then()
                .statusCode(400).body("invalidParams[0].code", equalTo("controleteken"));
        assertThat(database.aantal("registratie")).isEqualTo(registraties);
        assertThat(database.aantal("dataverwerking")).isEqualTo(verwerkingen);
    }

    static Response besluit(String gemeente, String nummer, String type) {
        return metDoel(als(Rol.VERGUNNINGVERLENER, gemeente))
                .body(Map.of("besluittype", type, "motivering", "Motivering bij " + type + "."))
                .post("/api/v1/registraties/" + nummer + "/besluiten");
    }

    /** A number of the right shape and check character that no registration has. */
    static String nietBestaandNummer() {
        return nl.sekswerkregister.privacy.Registratienummer.nieuw();
    }

}
