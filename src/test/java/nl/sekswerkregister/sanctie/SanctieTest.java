package nl.sekswerkregister.sanctie;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.support.Controles;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sanctions through the public API, as the enforcement team's legal officer imposes them and an
 * officer at the door then sees them in the status check.
 */
@QuarkusTest
class SanctieTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(SanctieTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    static final String PAD = "/api/v1/sancties";

    @Inject
    Database database;

    @AfterEach
    void klokTerug() {
        TestKlok.herstel();
    }

    /** A granted licence in GM, its premises and an inspection there yesterday with two findings. */
    record Zaak(String vergunningnummer, UUID vestigingId, Controles controle) {
    }

    /** Each case its own door: a closure is of premises, and would otherwise close every other case's too. */
    static final java.util.concurrent.atomic.AtomicInteger HUISNUMMER = new java.util.concurrent.atomic.AtomicInteger(100);

    static String aanvraagOpEigenAdres(String gemeente) {
        Map<String, Object> aanvraag = new HashMap<>(Testdata.vergunningAanvraag(gemeente, Testdata.exploitant(gemeente), "CLUB"));
        aanvraag.put("vestigingsadres", Map.of("straatnaam", "Handhavingsstraat", "huisnummer", HUISNUMMER.incrementAndGet(),
                "postcode", "3511AA", "woonplaats", "Utrecht"));
        return als(Rol.VERGUNNINGVERLENER, Eigendom.vereisEigenaar(gemeente)).body(aanvraag).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
    }

    static String verleendOpEigenAdres(String gemeente) {
        String nummer = aanvraagOpEigenAdres(gemeente);
        Testdata.neemBesluit(gemeente, nummer, "VERLENEN");
        return nummer;
    }

    Zaak zaak(String gemeente) {
        String nummer = verleendOpEigenAdres(gemeente);
        UUID vestiging = Testdata.vestigingVan(gemeente, nummer);
        return new Zaak(nummer, vestiging, Controles.maak(database, gemeente, vestiging, vandaag().minusDays(1),
                "OPENINGSTIJDEN_OVERSCHREDEN", "BEHEERDER_NIET_AANWEZIG"));
    }

    static RequestSpecification doel(RequestSpecification s) {
        return s.header("X-Doelbinding", "Handhaving prostitutiebeleid").header("X-Verwerkingsactiviteit", "Sanctie opleggen");
    }

    static RequestSpecification jurist(String gemeente) {
        return doel(als(Rol.HANDHAVINGSJURIST, gemeente));
    }

    /** A complete body of this kind for the case; overrides replace (or, with null, remove) fields. */
    static Map<String, Object> sanctie(Zaak z, String soort, Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        LocalDate d = vandaag();
        body.put("soort", soort);
        body.put("vestigingId", z.vestigingId().toString());
        body.put("vergunningnummer", z.vergunningnummer());
        body.put("motivering", "Bij de controle van gisteren bleek de inrichting na sluitingstijd open; "
                + "de beheerder was niet aanwezig.");
        body.put("grondslagen", List.of(Map.of("soort", "GEMEENTEWET_125", "verwijzing", "art. 125 Gemeentewet"),
                Map.of("soort", "APV", "verwijzing", "APV art. 3:11 lid 1 (test)")));
        body.put("controles", List.of(z.controle().controleId().toString()));
        body.put("bevindingen", z.controle().bevindingen().stream().map(UUID::toString).toList());
        body.put("bekendgemaaktOp", d.toString());
        switch (soort) {
            case "WAARSCHUWING" -> body.put("begunstigingstermijnTot", d.plusWeeks(2).toString());
            case "LAST_ONDER_DWANGSOM" -> {
                body.put("bedrag", 500);
                body.put("bedragPer", "OVERTREDING");
                body.put("maximumbedrag", 5000);
                body.put("begunstigingstermijnTot", d.plusWeeks(2).toString());
            }
            case "LAST_ONDER_BESTUURSDWANG" -> {
                body.put("begunstigingstermijnTot", d.plusWeeks(1).toString());
                body.put("maatregel", "Verzegeling van de toegangsdeur op kosten van de overtreder.");
            }
            case "BESTUURLIJKE_BOETE" -> body.put("bedrag", 1250.5);
            case "SLUITING", "SCHORSING" -> {
                body.put("ingangsdatum", d.toString());
                body.put("einddatum", d.plusDays(14).toString());
            }
            case "INTREKKING" -> body.put("ingangsdatum", d.toString());
            default -> throw new IllegalArgumentException(soort);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }

    static Response leg(String gemeente, Map<String, Object> body) {
        return jurist(gemeente).body(body).post(PAD);
    }

    static String legGeldig(String gemeente, Map<String, Object> body) {
        return leg(gemeente, body).then().log().ifValidationFails().statusCode(201).extract().path("sanctieId");
    }

    static Response status(String gemeente, String nummer) {
        return als(Rol.HANDHAVER, gemeente).get("/api/v1/vergunningen/" + nummer + "/status");
    }

    static void zetDag(LocalDate dag) {
        TestKlok.zet(dag.atTime(12, 0).atZone(Klok.NEDERLAND).toInstant());
    }

    @ParameterizedTest
    @MethodSource("soorten")
    void elkeSoortWordtOpgelegdMetBezwaartermijnEnGeadresseerde(String soort) {
        Zaak z = zaak(GM);
        Response antwoord = leg(GM, sanctie(z, soort));
        antwoord.then().statusCode(201).body("soort", equalTo(soort))
                .body("gemeenteCode", equalTo(GM))
                .body("geadresseerde.soort", equalTo("EXPLOITANT"))
                .body("geadresseerde.kvkNummer", notNullValue())
                .body("vergunningnummer", equalTo(z.vergunningnummer()))
                .body("controles", contains(z.controle().controleId().toString()))
                .body("bevindingen.size()", equalTo(2))
                .body("grondslagen[0].soort", equalTo("GEMEENTEWET_125"))
                .body("genomenDoorRol", equalTo(Rol.HANDHAVINGSJURIST))
                .body("bezwaarTot", notNullValue());
        assertThat(antwoord.header("Location")).isEqualTo(PAD + "/" + antwoord.path("sanctieId"));
        LocalDate bezwaarTot = LocalDate.parse(antwoord.path("bezwaarTot"));
        // Six weeks after notification, moved past a weekend or holiday (Awb art. 6:7/6:8, Atw).
        assertThat(bezwaarTot).isBetween(vandaag().plusWeeks(6), vandaag().plusWeeks(6).plusDays(4));
        als(Rol.HANDHAVER, GM).header("X-Doelbinding", "Controle").header("X-Verwerkingsactiviteit", "Sanctie inzien")
                .get(PAD + "/" + antwoord.path("sanctieId")).then().statusCode(200).body("soort", equalTo(soort));
    }

    static Stream<String> soorten() {
        return Stream.of("WAARSCHUWING", "LAST_ONDER_DWANGSOM", "LAST_ONDER_BESTUURSDWANG", "BESTUURLIJKE_BOETE",
                "SLUITING", "SCHORSING", "INTREKKING");
    }

    /** Per kind: a body missing or misusing a field, and the field the 400 must name. */
    static Stream<Arguments> ongeldigeSancties() {
        return Stream.of(
                Arguments.of("WAARSCHUWING", new Object[] {"bedrag", 100}, "bedrag"),
                Arguments.of("LAST_ONDER_DWANGSOM", new Object[] {"maximumbedrag", null}, "maximumbedrag"),
                Arguments.of("LAST_ONDER_DWANGSOM", new Object[] {"maximumbedrag", 100}, "maximumbedrag"),
                Arguments.of("LAST_ONDER_DWANGSOM", new Object[] {"bedragPer", "EEUW"}, "bedragPer"),
                Arguments.of("LAST_ONDER_DWANGSOM", new Object[] {"bedrag", 10.123}, "bedrag"),
                Arguments.of("LAST_ONDER_BESTUURSDWANG", new Object[] {"maatregel", null}, "maatregel"),
                Arguments.of("BESTUURLIJKE_BOETE", new Object[] {"grondslagen",
                        List.of(Map.of("soort", "GEMEENTEWET_125", "verwijzing", "art. 125 Gemeentewet"))}, "grondslagen"),
                Arguments.of("SLUITING", new Object[] {"einddatum", null}, "einddatum"),
                Arguments.of("SLUITING", new Object[] {"einddatum", vandaag().minusDays(1).toString()}, "einddatum"),
                Arguments.of("SCHORSING", new Object[] {"vergunningnummer", null}, "vergunningnummer"),
                Arguments.of("SCHORSING", new Object[] {"ingangsdatum", vandaag().plusDays(1).toString(),
                        "einddatum", vandaag().plusDays(3).toString()}, "ingangsdatum"),
                Arguments.of("INTREKKING", new Object[] {"einddatum", vandaag().plusDays(3).toString()}, "einddatum"),
                Arguments.of("WAARSCHUWING", new Object[] {"controles", List.of()}, "controles"),
                Arguments.of("WAARSCHUWING", new Object[] {"motivering", "BSN 111222333 gezien."}, "motivering"),
                Arguments.of("WAARSCHUWING", new Object[] {"bekendgemaaktOp", vandaag().plusDays(1).toString()},
                        "bekendgemaaktOp"),
                Arguments.of("WAARSCHUWING", new Object[] {"grondslagen", List.of()}, "grondslagen"),
                // A revocation at the holder's request or by a transfer is the desk's, never a sanction.
                Arguments.of("INTREKKING", new Object[] {"grond", "OP_VERZOEK"}, "grond"),
                Arguments.of("SCHORSING", new Object[] {"grond", "OVERNAME"}, "grond"),
                Arguments.of("WAARSCHUWING", new Object[] {"grond", "BIBOB"}, "grond"));
    }

    @ParameterizedTest
    @MethodSource("ongeldigeSancties")
    void eenOngeldigeSanctieNoemtHetVeldEnSchrijftNiets(String soort, Object[] overrides, String veld) {
        Zaak z = zaak(GM);
        long voor = database.aantal("sanctie");
        ongeldig(jurist(GM)).body(sanctie(z, soort, overrides)).post(PAD).then().statusCode(400)
                .body("code", equalTo("ongeldige-invoer")).body("invalidParams.name", hasItem(veld));
        assertThat(database.aantal("sanctie")).isEqualTo(voor);
    }

    @Test
    void eenSluitingDieEindigtVoorZeBegintWordtGeweigerdOpEinddatum() {
        Zaak z = zaak(GM);
        ongeldig(jurist(GM)).body(sanctie(z, "SLUITING", "ingangsdatum", vandaag().plusDays(10).toString(),
                        "einddatum", vandaag().plusDays(3).toString())).post(PAD)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("einddatum"))
                .body("invalidParams[0].code", equalTo("volgorde"));
    }

    @Test
    void eenControleVanEenAndereGemeenteIsOnbekendZonderTeZeggenDatZeBestaat() {
        Zaak z = zaak(GM);
        Zaak elders = zaak(ANDERE);
        Response vreemd = ongeldig(jurist(GM)).body(sanctie(z, "WAARSCHUWING", "controles",
                List.of(elders.controle().controleId().toString()), "bevindingen", null)).post(PAD);
        Response onbekend = ongeldig(jurist(GM)).body(sanctie(z, "WAARSCHUWING", "controles",
                List.of(UUID.randomUUID().toString()), "bevindingen", null)).post(PAD);
        vreemd.then().statusCode(400).body("invalidParams[0].name", equalTo("controles[0]"))
                .body("invalidParams[0].code", equalTo("onbekend"));
        assertThat(vreemd.jsonPath().getList("invalidParams")).isEqualTo(onbekend.jsonPath().getList("invalidParams"));
        // A finding of another municipality's inspection, next to an own inspection: unknown as well.
        ongeldig(jurist(GM)).body(sanctie(z, "WAARSCHUWING", "bevindingen", List.of(elders.controle().bevinding().toString())))
                .post(PAD).then().statusCode(400).body("invalidParams[0].name", equalTo("bevindingen[0]"))
                .body("invalidParams[0].code", equalTo("onbekend"));
    }

    @Test
    void eenBevindingMoetBijEenGenoemdeControleHoren() {
        Zaak z = zaak(GM);
        Controles andere = Controles.maak(database, GM, z.vestigingId(), vandaag().minusDays(3), "LEEFTIJD_NIET_GERESPECTEERD");
        ongeldig(jurist(GM)).body(sanctie(z, "WAARSCHUWING", "bevindingen", List.of(andere.bevinding().toString())))
                .post(PAD).then().statusCode(400).body("invalidParams[0].name", equalTo("bevindingen[0]"))
                .body("invalidParams[0].code", equalTo("niet-bij-controles"));
        // A licence of other premises is no basis either.
        Zaak ander = zaak(GM);
        ongeldig(jurist(GM)).body(sanctie(z, "WAARSCHUWING", "vergunningnummer", ander.vergunningnummer())).post(PAD)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("vergunningnummer"));
    }

    @Test
    void handhaverEnVergunningverlenerLeggenGeenSanctieOpEnEenJuristAlleenInDeEigenGemeente() {
        Zaak z = zaak(GM);
        long voor = database.aantal("sanctie");
        for (String rol : List.of(Rol.HANDHAVER, Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER)) {
            ongeldig(doel(als(rol, GM))).body(sanctie(z, "WAARSCHUWING")).post(PAD).then().statusCode(403)
                    .body("code", equalTo("geen-toegang"));
        }
        // The premises are not the other municipality's jurist's to know about: unknown, not "elsewhere".
        ongeldig(jurist(ANDERE)).body(sanctie(z, "WAARSCHUWING")).post(PAD).then().statusCode(400)
                .body("invalidParams.name", hasItem("vestigingId"));
        assertThat(database.aantal("sanctie")).isEqualTo(voor);
    }

    @Test
    void eenHerhalingMetDezelfdeSleutelGeeftDezelfdeSanctieEnEenAndereBodyIs409() {
        Zaak z = zaak(GM);
        String sleutel = "sanctie-" + UUID.randomUUID();
        Map<String, Object> body = sanctie(z, "LAST_ONDER_DWANGSOM");
        Response eerste = jurist(GM).header("Idempotency-Key", sleutel).body(body).post(PAD);
        eerste.then().statusCode(201);
        long aantal = database.aantal("sanctie");
        Response herhaling = jurist(GM).header("Idempotency-Key", sleutel).body(body).post(PAD);
        herhaling.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(herhaling.<String>path("sanctieId")).isEqualTo(eerste.path("sanctieId"));
        assertThat(herhaling.header("Location")).isEqualTo(eerste.header("Location"));
        assertThat(database.aantal("sanctie")).isEqualTo(aantal);
        ongeldig(jurist(GM)).header("Idempotency-Key", sleutel).body(sanctie(z, "LAST_ONDER_DWANGSOM", "bedrag", 600))
                .post(PAD).then().statusCode(409);
        assertThat(database.aantal("sanctie")).isEqualTo(aantal);
    }

    @Test
    void eenDwangsomWordtNaDeBegunstigingstermijnVerbeurdTotHetMaximum() {
        Zaak z = zaak(GM);
        LocalDate d = vandaag();
        Controles eerder = Controles.maak(database, GM, z.vestigingId(), d.minusDays(20));
        String id = legGeldig(GM, sanctie(z, "LAST_ONDER_DWANGSOM", "controles", List.of(eerder.controleId().toString()),
                "bevindingen", null, "bekendgemaaktOp", d.minusDays(15).toString(),
                "begunstigingstermijnTot", d.minusDays(8).toString(), "bedrag", 400, "maximumbedrag", 1000));
        Controles binnen = Controles.maak(database, GM, z.vestigingId(), d.minusDays(9));
        Controles na = Controles.maak(database, GM, z.vestigingId(), d.minusDays(2));
        String verbeurten = PAD + "/" + id + "/verbeurten";

        ongeldig(jurist(GM)).body(Map.of("datum", d.minusDays(9).toString(), "bedrag", 400,
                "controleId", binnen.controleId().toString())).post(verbeurten).then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("controleId", "datum"));
        jurist(GM).body(Map.of("datum", d.minusDays(2).toString(), "bedrag", 400, "controleId", na.controleId().toString()))
                .post(verbeurten).then().statusCode(201).body("totaalVerbeurd", equalTo(400.0f));
        jurist(GM).body(Map.of("datum", d.minusDays(1).toString(), "bedrag", 400, "controleId", na.controleId().toString()))
                .post(verbeurten).then().statusCode(201).body("totaalVerbeurd", equalTo(800.0f));
        ongeldig(jurist(GM)).body(Map.of("datum", d.toString(), "bedrag", 400, "controleId", na.controleId().toString()))
                .post(verbeurten).then().statusCode(400).body("invalidParams[0].name", equalTo("bedrag"))
                .body("invalidParams[0].code", equalTo("boven-maximum"));
        jurist(GM).body(Map.of("datum", d.toString(), "bedrag", 200, "controleId", na.controleId().toString()))
                .post(verbeurten).then().statusCode(201).body("totaalVerbeurd", equalTo(1000.0f));
        jurist(GM).get(PAD + "/" + id).then().statusCode(200).body("verbeurten.size()", equalTo(3))
                .body("totaalVerbeurd", equalTo(1000.0f));
        // Only a penalty is forfeited.
        String waarschuwing = legGeldig(GM, sanctie(z, "WAARSCHUWING"));
        ongeldig(jurist(GM)).body(Map.of("datum", d.toString(), "bedrag", 1, "controleId", na.controleId().toString()))
                .post(PAD + "/" + waarschuwing + "/verbeurten").then().statusCode(409);
    }

    @Test
    void deStatuscontroleIsGeslotenTotEnMetDeEinddatumEnDaarnaWeerGeldig() {
        Zaak z = zaak(GM);
        LocalDate d = vandaag();
        String id = legGeldig(GM, sanctie(z, "SLUITING", "einddatum", d.plusDays(14).toString()));

        status(GM, z.vergunningnummer()).then().statusCode(200).body("status", equalTo("GESLOTEN"))
                .body("geslotenTot", equalTo(d.plusDays(14).toString()));
        status(ANDERE, z.vergunningnummer()).then().statusCode(200).body("status", equalTo("GESLOTEN"));
        doel(als(Rol.HANDHAVER, GM)).get("/api/v1/vestigingen/" + z.vestigingId()).then().statusCode(200)
                .body("sluiting.einddatum", equalTo(d.plusDays(14).toString()))
                .body("sluiting._links.sanctie.href", equalTo(PAD + "/" + id))
                .body("vergunningen[0].status", equalTo("GESLOTEN"));

        zetDag(d.plusDays(14));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("GESLOTEN"));
        zetDag(d.plusDays(15));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("GELDIG")).body("geslotenTot", nullValue());
        doel(als(Rol.HANDHAVER, GM)).get("/api/v1/vestigingen/" + z.vestigingId()).then().statusCode(200)
                .body("sluiting", nullValue()).body("vergunningen[0].status", equalTo("GELDIG"));
    }

    @Test
    void eenSluitingDieVroegerWordtOpgehevenEindigtDeDagVoorDeOpheffing() {
        Zaak z = zaak(GM);
        LocalDate d = vandaag();
        String sluiting = legGeldig(GM, sanctie(z, "SLUITING"));
        Map<String, Object> opheffing = new HashMap<>(Map.of("soort", "OPHEFFING", "vestigingId", z.vestigingId().toString(),
                "opheffingVan", sluiting, "motivering", "De overtreding is beëindigd en de beheerder is vervangen.",
                "grondslagen", List.of(Map.of("soort", "GEMEENTEWET_174", "verwijzing", "art. 174 lid 3 Gemeentewet")),
                "bekendgemaaktOp", d.toString(), "ingangsdatum", d.plusDays(3).toString()));
        String id = legGeldig(GM, opheffing);
        jurist(GM).get(PAD + "/" + sluiting).then().statusCode(200).body("opgeheven.sanctieId", equalTo(id))
                .body("opgeheven.ingangsdatum", equalTo(d.plusDays(3).toString()))
                .body("einddatum", equalTo(d.plusDays(14).toString()));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("GESLOTEN"))
                .body("geslotenTot", equalTo(d.plusDays(2).toString()));
        zetDag(d.plusDays(3));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("GELDIG"));
        TestKlok.herstel();
        // Lifted once; a revocation is final.
        ongeldig(jurist(GM)).body(opheffing).post(PAD).then().statusCode(409);
        String intrekking = legGeldig(GM, sanctie(zaak(GM), "INTREKKING"));
        Zaak ander = zaak(GM);
        ongeldig(jurist(GM)).body(Map.of("soort", "OPHEFFING", "vestigingId", ander.vestigingId().toString(),
                "opheffingVan", intrekking, "motivering", "Herroepen.", "grondslagen", opheffing.get("grondslagen"),
                "bekendgemaaktOp", d.toString(), "ingangsdatum", d.toString())).post(PAD).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("opheffingVan"));
    }

    @Test
    void eenSchorsingIsEenBesluitOpDeVergunningEnEindigtVanzelf() {
        Zaak z = zaak(GM);
        LocalDate d = vandaag();
        String id = legGeldig(GM, sanctie(z, "SCHORSING", "einddatum", d.plusDays(7).toString()));
        String besluit = jurist(GM).get(PAD + "/" + id).then().statusCode(200).extract().path("_links.besluit.href");
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + z.vergunningnummer() + "/besluiten").then().statusCode(200)
                .body("resultaten.besluittype", contains("VERLENEN", "SCHORSEN"))
                .body("resultaten[1].geldigTot", equalTo(d.plusDays(7).toString()))
                .body("resultaten[1]._links.self.href", equalTo(besluit));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("GESCHORST"))
                .body("geschorstTot", equalTo(d.plusDays(7).toString()));
        zetDag(d.plusDays(7));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("GESCHORST"));
        zetDag(d.plusDays(8));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("GELDIG")).body("geschorstTot", nullValue());
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + z.vergunningnummer()).then().body("status", equalTo("VERLEEND"));
        als(Rol.HANDHAVER, GM).queryParam("status", "VERLEEND").queryParam("gemeenteCode", GM).queryParam("pageSize", 100)
                .get("/api/v1/vergunningen").then().body("resultaten.vergunningnummer", hasItem(z.vergunningnummer()));
    }

    @Test
    void eenSanctieGeeftHaarBesluitOpDeVergunningEenGrond() {
        Zaak geschorst = zaak(GM);
        legGeldig(GM, sanctie(geschorst, "SCHORSING", "einddatum", vandaag().plusDays(7).toString()));
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + geschorst.vergunningnummer() + "/besluiten").then()
                .statusCode(200).body("resultaten[1].besluittype", equalTo("SCHORSEN"))
                .body("resultaten[1].grond", equalTo("OVERTREDING_VOORSCHRIFTEN"));
        Zaak ingetrokken = zaak(GM);
        legGeldig(GM, sanctie(ingetrokken, "INTREKKING", "grond", "BIBOB"));
        als(Rol.HANDHAVER, GM).get("/api/v1/vergunningen/" + ingetrokken.vergunningnummer() + "/besluiten").then()
                .statusCode(200).body("resultaten[1].besluittype", equalTo("INTREKKEN"))
                .body("resultaten[1].grond", equalTo("BIBOB"));
    }

    @Test
    void eenSchorsingVanDeBalieKanOokVanzelfEindigen() {
        String nummer = verleendOpEigenAdres(GM);
        LocalDate d = vandaag();
        als(Rol.VERGUNNINGVERLENER, GM).body(Map.of("besluittype", "SCHORSEN", "motivering", "Tijdelijk geschorst.",
                        "ingangsdatum", d.toString(), "geldigTot", d.plusDays(2).toString(), "grond", "OPENBARE_ORDE"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(201);
        status(GM, nummer).then().body("status", equalTo("GESCHORST")).body("geschorstTot", equalTo(d.plusDays(2).toString()));
        zetDag(d.plusDays(3));
        status(GM, nummer).then().body("status", equalTo("GELDIG"));
        TestKlok.herstel();
        ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("besluittype", "INTREKKEN", "motivering", "Ingetrokken.",
                        "ingangsdatum", d.toString(), "geldigTot", d.plusDays(2).toString(), "grond", "OPENBARE_ORDE"))
                .post("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("geldigTot"));
    }

    @Test
    void eenIntrekkingTrektDeVergunningInEnEenSchorsingDaarnaIs409() {
        Zaak z = zaak(GM);
        legGeldig(GM, sanctie(z, "INTREKKING"));
        status(GM, z.vergunningnummer()).then().body("status", equalTo("INGETROKKEN"));
        long voor = database.aantal("sanctie");
        ongeldig(jurist(GM)).body(sanctie(z, "SCHORSING")).post(PAD).then().statusCode(409)
                .body("code", equalTo("ongeldige-statusovergang"))
                // In the lawyer's terms: sanction kinds, not the desk's decision types.
                .body("detail", org.hamcrest.Matchers.containsString("Een sanctie op deze vergunning zelf"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("SCHORSEN")));
        assertThat(database.aantal("sanctie")).isEqualTo(voor);
    }

    @Test
    void lezenBinnenDeGemeenteEnDaarbuiten403VoorEenVergunningEn404Anders() {
        Zaak z = zaak(GM);
        String vergund = legGeldig(GM, sanctie(z, "WAARSCHUWING"));
        // Premises with only an application: no public decision there, maybe someone's home.
        String aanvraag = aanvraagOpEigenAdres(GM);
        UUID vestiging = Testdata.vestigingVan(GM, aanvraag);
        Controles c = Controles.maak(database, GM, vestiging, vandaag());
        String onvergund = legGeldig(GM, Map.of("soort", "SLUITING", "vestigingId", vestiging.toString(),
                "motivering", "Exploitatie zonder vergunning.", "grondslagen", List.of(Map.of("soort", "APV",
                        "verwijzing", "APV art. 3:4 (test)")), "controles", List.of(c.controleId().toString()),
                "bekendgemaaktOp", vandaag().toString(), "ingangsdatum", vandaag().toString(),
                "einddatum", vandaag().plusMonths(3).toString()));
        jurist(GM).get(PAD + "/" + onvergund).then().statusCode(200)
                .body("geadresseerde.soort", equalTo("GEBRUIKER_VESTIGING"))
                .body("geadresseerde.omschrijving", equalTo("de gebruiker van de vestiging"))
                .body("geadresseerde.exploitantId", nullValue());
        for (String rol : List.of(Rol.HANDHAVER, Rol.VERGUNNINGVERLENER, Rol.HANDHAVINGSJURIST)) {
            doel(als(rol, GM)).get(PAD + "/" + vergund).then().statusCode(200);
            doel(als(rol, ANDERE)).get(PAD + "/" + vergund).then().statusCode(403);
            doel(als(rol, ANDERE)).get(PAD + "/" + onvergund).then().statusCode(404);
            doel(als(rol, ANDERE)).queryParam("vestigingId", vestiging.toString()).get(PAD).then().statusCode(200)
                    .body("resultaten", org.hamcrest.Matchers.empty());
        }
        doel(als(Rol.AUDITOR)).get(PAD + "/" + onvergund).then().statusCode(200);
        doel(als(Rol.BELEIDSMEDEWERKER, GM)).get(PAD + "/" + vergund).then().statusCode(403);
        doel(als(Rol.HANDHAVER, GM)).queryParam("vergunningnummer", z.vergunningnummer()).get(PAD).then().statusCode(200)
                .body("resultaten.sanctieId", contains(vergund));
        doel(als(Rol.HANDHAVER, GM)).queryParam("vestigingId", vestiging.toString()).get(PAD).then().statusCode(200)
                .body("resultaten.sanctieId", contains(onvergund));
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'sanctie.raadplegen' "
                + "and status = 'FOUT' and organisatie = ?", ANDERE)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void eenSanctieWordtNooitGewijzigd() {
        Zaak z = zaak(GM);
        String id = legGeldig(GM, sanctie(z, "WAARSCHUWING"));
        assertThat(database.voerUitVerwachtFout("update sanctie set motivering = 'anders' where id = ?", UUID.fromString(id)))
                .contains("permission denied");
        assertThat(database.voerUitVerwachtFout("delete from sanctie where id = ?", UUID.fromString(id)))
                .contains("permission denied");
        assertThat(database.voerUitVerwachtFout("update verbeurte set bedrag = 1")).contains("permission denied");
    }
}
