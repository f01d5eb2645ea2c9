package nl.sekswerkregister.registratie;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
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
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistratieTest {

    /**
     * Where people are registered; another municipality; one with age rules; one that recognises only
     * its own; one without a registration duty; one whose duty starts later; one with no rule set, where
     * only a national framework in force can make registering lawful.
     */
    static final List<String> GEMEENTEN = Eigendom.gemeenten(RegistratieTest.class, 7);
    static final String EIGEN = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final String ZONDER_PLICHT = GEMEENTEN.get(4);
    static final String PLICHT_LATER = GEMEENTEN.get(5);
    static final String ALLEEN_KADER = GEMEENTEN.get(6);

    @Inject
    Database database;

    /** Once per run (Testdata remembers); in @BeforeEach because REST Assured knows the port only then. */
    @BeforeEach
    void registratieplicht() {
        Testdata.metRegistratieplicht(EIGEN);
        Testdata.metRegistratieplicht(ANDERE);
    }

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

    /**
     * A registration that succeeds: the municipality gets a rule set with a registration duty first
     * ({@link Testdata#metRegistratieplicht}), as registering is lawful only where a rule requires it.
     */
    static String registreerd(String gemeente, String bsn) {
        Testdata.metRegistratieplicht(gemeente);
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
        String inAndere = metDoel(als(Rol.VERGUNNINGVERLENER, ANDERE)).body(naHerhaalgesprek(ANDERE, bsn, vandaag()))
                .post("/api/v1/registraties").then().statusCode(201).extract().path("gemeentePseudoniem");
        assertThat(inAndere).isNotEqualTo(inEigen);
    }

    @Test
    void onderDeMinimumleeftijdVanDeRegelsetOfHetKader() {
        String metLeeftijdsregels = GEMEENTEN.get(2); // minimum age 21, registrations valid 12 or 24 months by age
        Testdata.gepubliceerdeRegelset(metLeeftijdsregels, vandaag().minusYears(1).toString(), vandaag().plusYears(5).toString(),
                Map.of("registratieplicht", true, "minimumleeftijd", 21, "registratiegeldigheid", Map.of("maanden", 24,
                        "onderLeeftijd", 23, "maandenOnderLeeftijd", 12)));
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

        // Valid or not, nothing more: no end date (it can give away the under-21 term).
        metDoel(als(Rol.VERIFICATEUR)).get("/api/v1/registraties/" + geldig + "/status").then().statusCode(200)
                .body("geldig", equalTo(true)).body("status", nullValue()).body("geldigTot", nullValue())
                .body("keySet()", containsInAnyOrder("registratienummer", "geldig", "gecontroleerdOp"));
        metDoel(als(Rol.HANDHAVER, ANDERE)).get("/api/v1/registraties/" + geldig + "/status").then().statusCode(200)
                .body("status", equalTo("ACTIEF"))
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
        metDoel(als(Rol.HANDHAVER)).queryParam("gemeenteCode", alleenEigen).get("/api/v1/registraties/" + nummer + "/status")
                .then().statusCode(200).body("geldig", equalTo(true)).body("erkend", equalTo(false))
                .body("gemeenteCode", equalTo(alleenEigen));
        // Where recognition is limited, "not recognised here" would tell a platform where someone
        // registered: the verificateur's answer does not change with gemeenteCode.
        String metGemeente = metDoel(als(Rol.VERIFICATEUR)).queryParam("gemeenteCode", alleenEigen)
                .get("/api/v1/registraties/" + nummer + "/status").then().statusCode(200)
                .body("geldig", equalTo(true)).body("erkend", nullValue()).body("gemeenteCode", nullValue())
                .extract().asString().replaceAll("\"gecontroleerdOp\":\"[^\"]+\"", "");
        String zonder = metDoel(als(Rol.VERIFICATEUR)).get("/api/v1/registraties/" + nummer + "/status").then()
                .statusCode(200).extract().asString().replaceAll("\"gecontroleerdOp\":\"[^\"]+\"", "");
        assertThat(metGemeente).isEqualTo(zonder);
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

    // ---- registering only where a rule in force requires it (GDPR art. 9) ----

    static Response registreerAls(String token, Map<String, Object> body) {
        return metDoel(ongeldig(nl.sekswerkregister.support.Api.metToken(token))).body(body).post("/api/v1/registraties");
    }

    private void geweigerdZonderPlicht(String gemeente) {
        long registraties = database.aantal("registratie");
        Response antwoord = metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, gemeente)))
                .body(aanvraag(gemeente, Personen.bsn(), vandaag().minusYears(30))).post("/api/v1/registraties");
        antwoord.then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("geen-registratieplicht"))
                .body("detail", org.hamcrest.Matchers.containsString("registratieplicht"))
                .body("invalidParams[0].name", equalTo("gemeenteCode"))
                .body("invalidParams[0].code", equalTo("geen-registratieplicht"));
        assertThat(database.aantal("registratie")).isEqualTo(registraties);
    }

    @Test
    void zonderRegelsetGeenRegistratie_ookNietOpGrondVanEenWetsvoorstel() {
        // The Wrs bill would require registration, but a bill is in force nowhere.
        als(Rol.AUDITOR).get("/api/v1/landelijke-kaders/wrs-wetsvoorstel").then().statusCode(200)
                .body("regels.registratieplicht", equalTo(true)).body("inWerkingVanaf", nullValue());
        als(Rol.AUDITOR).get("/api/v1/landelijke-kaders/huidige-wet").then().statusCode(200)
                .body("regels.nietGeregeld", hasItem("registratieplicht")).body("inWerkingVanaf", equalTo("2000-10-01"));
        geweigerdZonderPlicht(ZONDER_PLICHT);
    }

    @Test
    void eenRegelsetZonderRegistratieplichtOfMetEenPlichtDiePasLaterIngaatIsGeenGrondslag() {
        Testdata.gepubliceerdeRegelset(ZONDER_PLICHT, vandaag().minusYears(1).toString(), vandaag().plusYears(1).toString(),
                Map.of("registratieplicht", false, "minimumleeftijd", 18));
        geweigerdZonderPlicht(ZONDER_PLICHT);
        Testdata.gepubliceerdeRegelset(PLICHT_LATER, vandaag().plusMonths(1).toString(), vandaag().plusYears(1).toString(),
                Map.of("registratieplicht", true));
        geweigerdZonderPlicht(PLICHT_LATER);
    }

    @Test
    void eenRegelsetMetRegistratieplichtInWerkingIsEenGrondslag() {
        registreer(Testdata.metRegistratieplicht(EIGEN), Personen.bsn(), vandaag().minusYears(30)).then().statusCode(201)
                .body("status", equalTo("ACTIEF")).body("herhaalgesprekOp", nullValue());
    }

    /**
     * A national framework that is law and requires registration is a basis in every municipality, also
     * one without a rule set; the same framework outside its period is none. The framework is in force
     * on one day ten days ago only, and the service's clock stands on that day for the registration,
     * so that no other test (they all register today) meets it.
     */
    @Test
    void eenLandelijkKaderInWerkingMetRegistratieplichtIsEenGrondslag() {
        LocalDate dag = vandaag().minusDays(10);
        String code = "registratieplicht-proef-" + Math.abs(System.nanoTime() % 1_000_000);
        als(Rol.LANDELIJK_BEHEERDER).body(Map.of("code", code, "naam", "Proefkader met registratieplicht", "bron",
                        "Testbron", "regels", Map.of("registratieplicht", true), "inWerkingVanaf", dag.toString(),
                        "inWerkingTot", dag.toString()))
                .post("/api/v1/landelijke-kaders").then().statusCode(201)
                .body("inWerkingVanaf", equalTo(dag.toString())).body("inWerkingTot", equalTo(dag.toString()));
        ongeldig(als(Rol.LANDELIJK_BEHEERDER)).body(Map.of("code", code, "naam", "Proefkader", "bron", "Testbron",
                        "regels", Map.of("registratieplicht", true), "inWerkingTot", dag.toString()))
                .post("/api/v1/landelijke-kaders").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("inWerkingTot"));

        geweigerdZonderPlicht(ALLEEN_KADER);
        java.time.Instant moment = dag.atTime(10, 0).atZone(nl.sekswerkregister.common.tijd.Klok.NEDERLAND).toInstant();
        // A token valid at that moment by the service's clock (and by the real one).
        String token = nl.sekswerkregister.support.Tokens.verlooptOver(3600, Rol.VERGUNNINGVERLENER, ALLEEN_KADER);
        Map<String, Object> body = new HashMap<>(aanvraag(ALLEEN_KADER, Personen.bsn(), dag.minusYears(30)));
        body.put("intakedatum", dag.minusDays(1).toString());
        nl.sekswerkregister.support.TestKlok.zet(moment);
        try {
            registreerAls(token, body).then().statusCode(201).body("geldigVanaf", equalTo(dag.toString()));
        } finally {
            nl.sekswerkregister.support.TestKlok.herstel();
        }
    }

    // ---- a revocation follows the person ----

    static Map<String, Object> naHerhaalgesprek(String gemeente, String bsn, LocalDate herhaalgesprekOp) {
        Map<String, Object> body = new HashMap<>(aanvraag(gemeente, bsn, vandaag().minusYears(30)));
        body.put("herhaalgesprekOp", herhaalgesprekOp.toString());
        return body;
    }

    @Test
    void naIntrekkenEldersEerstEenHerhaalgesprek_enHetAntwoordZegtNietWaaromOfWaar() {
        String bsn = Personen.bsn();
        String nummer = registreerd(EIGEN, bsn);
        besluit(EIGEN, nummer, "INTREKKEN").then().statusCode(200);
        long registraties = database.aantal("registratie");

        Response zonder = registreer(ANDERE, bsn, vandaag().minusYears(30));
        zonder.then().statusCode(422).body("code", equalTo("herhaalgesprek-vereist"))
                .body("invalidParams[0].name", equalTo("herhaalgesprekOp"))
                .body("invalidParams[0].code", equalTo("herhaalgesprek-vereist"));
        assertThat(zonder.asString()).doesNotContain(EIGEN).doesNotContain(Eigendom.naam(EIGEN)).doesNotContain(nummer)
                .doesNotContain(vandaag().toString()).doesNotContainIgnoringCase("ingetrokken")
                .doesNotContainIgnoringCase("intrek").doesNotContain(bsn);
        // An interview before the revocation is no interview after it, and says so in the same words.
        Response teVroeg = metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, ANDERE)))
                .body(naHerhaalgesprek(ANDERE, bsn, vandaag().minusDays(1))).post("/api/v1/registraties");
        teVroeg.then().statusCode(422);
        assertThat(zonderInstance(teVroeg)).isEqualTo(zonderInstance(zonder));
        Response inDeToekomst = metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, ANDERE)))
                .body(naHerhaalgesprek(ANDERE, bsn, vandaag().plusDays(1))).post("/api/v1/registraties");
        inDeToekomst.then().statusCode(400).body("invalidParams[0].name", equalTo("herhaalgesprekOp"))
                .body("invalidParams[0].code", equalTo("toekomst"));
        // Also the municipality that revoked needs one.
        registreer(EIGEN, bsn, vandaag().minusYears(30)).then().statusCode(422);
        assertThat(database.aantal("registratie")).isEqualTo(registraties);

        String nieuw = metDoel(als(Rol.VERGUNNINGVERLENER, ANDERE)).body(naHerhaalgesprek(ANDERE, bsn, vandaag()))
                .post("/api/v1/registraties").then().statusCode(201)
                .body("herhaalgesprekOp", equalTo(vandaag().toString())).extract().path("registratienummer");
        metDoel(als(Rol.VERGUNNINGVERLENER, ANDERE)).get("/api/v1/registraties/" + nieuw).then().statusCode(200)
                .body("herhaalgesprekOp", equalTo(vandaag().toString()));
    }

    @Test
    void naDeTermijnGeenHerhaalgesprekMeerNodig() {
        String bsn = Personen.bsn();
        String nummer = registreerd(EIGEN, bsn);
        besluit(EIGEN, nummer, "INTREKKEN").then().statusCode(200);
        // Twelve months (the default) and a day have passed since the revocation.
        assertThat(database.voerUitAlsEigenaar("update intrekkingsmarkering set ingetrokken_op = ?, geldig_tot = ? where "
                        + "landelijk_pseudoniem = (select landelijk_pseudoniem from registratie where registratienummer = ?)",
                vandaag().minusMonths(12).minusDays(1), vandaag().minusDays(1), nummer)).isEqualTo(1);
        registreer(ANDERE, bsn, vandaag().minusYears(30)).then().statusCode(201).body("herhaalgesprekOp", nullValue());
    }

    @Test
    void eenGeweigerdePogingStaatMetDePersoonInHetLogboek() {
        String bsn = Personen.bsn();
        String nummer = registreerd(EIGEN, bsn);
        registreer(ANDERE, bsn, vandaag().minusYears(30)).then().statusCode(409);
        // The person's own report (GET /inzage) shows the refused attempt next door too.
        metDoel(metToken(Tokens.betrokkene(bsn))).get("/api/v1/inzage").then().statusCode(200)
                .body("verwerkingen.findAll { it.operatie == 'registratie.aanmaken' }.organisatie",
                        containsInAnyOrder(EIGEN, ANDERE));
        besluit(EIGEN, nummer, "INTREKKEN").then().statusCode(200);
        registreer(ANDERE, bsn, vandaag().minusYears(30)).then().statusCode(422);
        geweigerdZonderPlicht(ZONDER_PLICHT);
        metDoel(metToken(Tokens.betrokkene(bsn))).get("/api/v1/inzage").then().statusCode(200)
                .body("verwerkingen.findAll { it.operatie == 'registratie.aanmaken' }.organisatie",
                        containsInAnyOrder(EIGEN, ANDERE, ANDERE));
        // A refusal for want of a registration duty is logged with the person too.
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'registratie.aanmaken' "
                + "and status = 'FOUT' and betrokkene is not null and organisatie = ?", ZONDER_PLICHT)).isPositive();
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'registratie.aanmaken' "
                + "and status = 'FOUT' and betrokkene is null and organisatie = ?", ZONDER_PLICHT)).isZero();
    }

    private static String zonderInstance(Response antwoord) {
        return antwoord.asString().replaceAll("urn:uuid:[0-9a-f-]+", "");
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
