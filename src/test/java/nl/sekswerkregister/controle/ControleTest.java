package nl.sekswerkregister.controle;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.registratie.RegistratieTestToegang;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * Inspections at premises: recorded by the municipality's enforcement with findings from a catalogue
 * that follows the licence and the rules of the day, read by those who act on them, out of sight of
 * other municipalities, and without any identity of the people at the premises.
 */
@QuarkusTest
class ControleTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(ControleTest.class, 3);
    /** Strict rules: minimum age 21, a registration duty, club opening hours, no window prostitution. */
    static final String STRENG = GEMEENTEN.get(0);
    /** Decided to have no minimum age of its own and no registration duty. */
    static final String RUIM = GEMEENTEN.get(1);
    /** Somewhere else. */
    static final String ANDERE = GEMEENTEN.get(2);
    static final long ZAAD = System.nanoTime();
    static final SplittableRandom TOEVAL = new SplittableRandom(ZAAD);
    private static boolean regelsGepubliceerd;

    @Inject
    Database database;

    @Test
    void controleMetTweeBevindingenOpEenVergundeVestiging() {
        regels();
        String nummer = verleend(STRENG, "CLUB", uniekAdres(), List.of("Camera bij de ingang", "Hygiëneplan aanwezig"));
        String vestiging = vestigingVan(nummer);

        JsonPath controle = doel(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingId", vestiging,
                        "datum", vandaag(), "soort", "TER_PLAATSE", "organisatie", "Team Toezicht",
                        "vergunningnummer", nummer,
                        "bevindingen", List.of(Map.of("code", "BEHEERDER_NIET_AANWEZIG", "toelichting", "Niemand van de vergunning aanwezig."),
                                Map.of("code", "VOORSCHRIFT_NIET_NAGELEEFD", "voorschrift", 2))))
                .post("/api/v1/controles").then().statusCode(201).extract().jsonPath();
        assertThat(controle.getString("vestigingId")).as("zaad " + ZAAD).isEqualTo(vestiging);
        assertThat(controle.getString("vergunningnummer")).isEqualTo(nummer);
        assertThat(controle.getString("getoondVergunningnummer")).isEqualTo(nummer);
        assertThat(controle.getInt("regelsetVersie")).isPositive();
        assertThat(controle.getString("vastgelegd.rol")).isEqualTo(Rol.HANDHAVER);
        assertThat(controle.getString("vastgelegd.gemeenteCode")).isEqualTo(STRENG);
        assertThat(controle.getList("bevindingen.code")).containsExactly("BEHEERDER_NIET_AANWEZIG", "VOORSCHRIFT_NIET_NAGELEEFD");
        assertThat(controle.getList("bevindingen.volgnummer")).containsExactly(1, 2);
        assertThat(controle.getInt("bevindingen[1].voorschrift")).isEqualTo(2);
        assertThat(controle.getString("bevindingen[0].omschrijving.en")).isNotBlank();
        String id = controle.getString("controleId");
        assertThat(database.tekst("select vastgelegd_door from controle where id = ?", UUID.fromString(id))).isNotBlank();

        // The enforcement lawyer (who will base a sanction on it) and the licensing desk read it.
        for (String rol : List.of(Rol.HANDHAVINGSJURIST, Rol.VERGUNNINGVERLENER, Rol.HANDHAVER)) {
            doel(als(rol, STRENG)).get("/api/v1/controles/" + id).then().statusCode(200)
                    .body("bevindingen.code", contains("BEHEERDER_NIET_AANWEZIG", "VOORSCHRIFT_NIET_NAGELEEFD"));
        }
        doel(als(Rol.AUDITOR)).get("/api/v1/controles/" + id).then().statusCode(200);
        // The premises link to their inspections, which list newest first.
        String links = doel(als(Rol.HANDHAVER, STRENG)).get("/api/v1/vestigingen/" + vestiging)
                .then().statusCode(200).extract().path("_links.controles.href");
        doel(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingId", vestiging, "datum", TestKlok.vandaag().minusDays(3).toString(),
                "soort", "ADMINISTRATIEF", "organisatie", "Team Toezicht")).post("/api/v1/controles").then().statusCode(201);
        doel(als(Rol.HANDHAVINGSJURIST, STRENG)).get(links).then().statusCode(200)
                .body("resultaten.controleId[0]", equalTo(id)).body("resultaten.soort", contains("TER_PLAATSE", "ADMINISTRATIEF"));
        doel(als(Rol.HANDHAVINGSJURIST, STRENG)).queryParam("vestigingId", vestiging)
                .queryParam("datumTot", TestKlok.vandaag().minusDays(1).toString()).get("/api/v1/controles")
                .then().statusCode(200).body("resultaten.soort", contains("ADMINISTRATIEF"));
    }

    @Test
    void eenAdresZonderVergunningWordtEenVestigingWaarGeenVergunningGeldt() {
        regels();
        Map<String, Object> adres = uniekAdres();
        JsonPath controle = doel(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingsadres", adres, "datum", vandaag(),
                        "soort", "GEZAMENLIJK_MET_POLITIE", "organisatie", "Team Toezicht en politie",
                        "bevindingen", List.of(Map.of("code", "GEEN_VERGUNNING"), Map.of("code", "SIGNALEN_VAN_DWANG"))))
                .post("/api/v1/controles").then().statusCode(201).extract().jsonPath();
        String vestiging = controle.getString("vestigingId");
        assertThat(controle.getString("vergunningnummer")).as("zaad " + ZAAD).isNull();
        doel(als(Rol.HANDHAVER, STRENG)).get("/api/v1/vestigingen/" + vestiging).then().statusCode(200)
                .body("postcode", equalTo(adres.get("postcode"))).body("vergunningen", empty());
        // The same door again: the same premises.
        doel(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingsadres", adres, "datum", vandaag(), "soort", "TER_PLAATSE",
                        "organisatie", "Team Toezicht")).post("/api/v1/controles").then().statusCode(201)
                .body("vestigingId", equalTo(vestiging));
        JsonPath catalogus = doel(als(Rol.HANDHAVER, STRENG)).get("/api/v1/vestigingen/" + vestiging + "/bevindingencatalogus")
                .then().statusCode(200).extract().jsonPath();
        assertThat(catalogus.getList("bevindingen.code")).contains("GEEN_VERGUNNING", "SIGNALEN_VAN_DWANG")
                .doesNotContain("BEHEERDER_NIET_AANWEZIG", "VOORSCHRIFT_NIET_NAGELEEFD", "OPENINGSTIJDEN_OVERSCHREDEN");
        assertThat(catalogus.getString("$")).doesNotContain("vergunning=");
    }

    @Test
    void deCatalogusVolgtDeRegelsVanDeGemeente() {
        regels();
        String streng = vestigingVan(verleend(STRENG, "CLUB", uniekAdres(), List.of()));
        String ruim = vestigingVan(verleend(RUIM, "CLUB", uniekAdres(), List.of()));
        JsonPath a = doel(als(Rol.HANDHAVER, STRENG)).queryParam("datum", vandaag())
                .get("/api/v1/vestigingen/" + streng + "/bevindingencatalogus").then().statusCode(200).extract().jsonPath();
        JsonPath b = doel(als(Rol.HANDHAVER, RUIM))
                .get("/api/v1/vestigingen/" + ruim + "/bevindingencatalogus").then().statusCode(200).extract().jsonPath();
        assertThat(a.getList("bevindingen.code")).as("zaad " + ZAAD).containsExactly("BEHEERDER_NIET_AANWEZIG",
                "MINIMUMLEEFTIJD_NIET_NAGELEEFD", "OPENINGSTIJDEN_OVERSCHREDEN", "BEDRIJFSTYPE_NIET_TOEGESTAAN",
                "REGISTRATIE_NIET_GECONTROLEERD", "SIGNALEN_VAN_DWANG", "ADRES_WIJKT_AF", "REGISTRATIE_GELDIG",
                "REGISTRATIE_ONGELDIG");
        // Not regulated (minimum age), false (registration) and unknown (opening hours) give no entry.
        assertThat(b.getList("bevindingen.code")).containsExactly("BEHEERDER_NIET_AANWEZIG", "SIGNALEN_VAN_DWANG",
                "ADRES_WIJKT_AF", "REGISTRATIE_GELDIG", "REGISTRATIE_ONGELDIG");
        Map<String, Object> leeftijd = a.getMap("bevindingen.find { it.code == 'MINIMUMLEEFTIJD_NIET_NAGELEEFD' }.grondslagen[0]");
        assertThat(leeftijd).containsEntry("soort", "REGEL").containsEntry("regelpad", "minimumleeftijd")
                .containsEntry("waarde", "21");
        assertThat(a.getString("bevindingen.find { it.code == 'MINIMUMLEEFTIJD_NIET_NAGELEEFD' }.grondslagen[0].vindplaats.artikel"))
                .isEqualTo("APV art. 3:12 lid 1");
        assertThat(a.getString("bevindingen.find { it.code == 'OPENINGSTIJDEN_OVERSCHREDEN' }.grondslagen[0].waarde"))
                .isEqualTo("VRIJDAG 12:00-23:00");
        assertThat(a.getString("bevindingen.find { it.code == 'BEDRIJFSTYPE_NIET_TOEGESTAAN' }.grondslagen[0].regelpad"))
                .isEqualTo("bedrijfstypen.RAAMPROSTITUTIE.toegestaan");
        assertThat(a.getBoolean("bevindingen.find { it.code == 'REGISTRATIE_GELDIG' }.opTeGeven")).isFalse();
        assertThat(a.getInt("regelset.versie")).isPositive();
        assertThat(a.getString("vergunning.bedrijfstype")).isEqualTo("CLUB");
        // Before the licence took effect: no licence in force, so no manager to miss.
        doel(als(Rol.HANDHAVER, STRENG)).queryParam("datum", TestKlok.vandaag().minusDays(1).toString())
                .get("/api/v1/vestigingen/" + streng + "/bevindingencatalogus").then().statusCode(200)
                .body("bevindingen.code", hasItem("GEEN_VERGUNNING"))
                .body("bevindingen.code", not(hasItem("BEHEERDER_NIET_AANWEZIG")));
    }

    @Test
    void eenBevindingDieNietVanToepassingIsGeeft422EnLegtNietsVast() {
        regels();
        Map<String, Object> adres = uniekAdres();
        long voor = database.getal("select count(*) from vestiging where gemeente_code = ?", RUIM);
        var antwoord = doel(ongeldig(als(Rol.HANDHAVER, RUIM))).body(Map.of("vestigingsadres", adres, "datum", vandaag(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht",
                        "bevindingen", List.of(Map.of("code", "GEEN_VERGUNNING"), Map.of("code", "MINIMUMLEEFTIJD_NIET_NAGELEEFD"),
                                Map.of("code", "BEHEERDER_NIET_AANWEZIG"), Map.of("code", "REGISTRATIE_GELDIG"))))
                .post("/api/v1/controles").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("bevinding-niet-van-toepassing"))
                .body("invalidParams.name", contains("bevindingen[1].code", "bevindingen[2].code", "bevindingen[3].code"))
                .body("invalidParams.code", contains("niet-van-toepassing", "niet-van-toepassing", "door-de-dienst"));
        assertThat(antwoord.extract().asString()).doesNotContain((String) adres.get("postcode"));
        // Nothing was made: not even the premises for the address.
        assertThat(database.getal("select count(*) from vestiging where gemeente_code = ?", RUIM)).as("zaad " + ZAAD).isEqualTo(voor);
        // A licence condition that the licence does not have.
        String nummer = verleend(RUIM, "CLUB", uniekAdres(), List.of("Eén voorschrift"));
        doel(ongeldig(als(Rol.HANDHAVER, RUIM))).body(Map.of("vestigingId", vestigingVan(nummer), "datum", vandaag(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht",
                        "bevindingen", List.of(Map.of("code", "VOORSCHRIFT_NIET_NAGELEEFD", "voorschrift", 2))))
                .post("/api/v1/controles").then().statusCode(422).body("invalidParams.name", contains("bevindingen[0].voorschrift"));
    }

    @Test
    void eenGetoondeVergunningVanEenAndereVestigingIsZelfEenBevinding() {
        regels();
        String elders = verleend(STRENG, "CLUB", uniekAdres(), List.of());
        String hier = vestigingVan(verleend(STRENG, "CLUB", uniekAdres(), List.of()));
        JsonPath controle = doel(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingId", hier, "datum", vandaag(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht", "vergunningnummer", elders))
                .post("/api/v1/controles").then().statusCode(201).extract().jsonPath();
        assertThat(controle.getList("bevindingen.code")).as("zaad " + ZAAD).containsExactly("ADRES_WIJKT_AF");
        assertThat(controle.getString("getoondVergunningnummer")).isEqualTo(elders);
        assertThat(controle.getString("vergunningnummer")).isNotEqualTo(elders).isNotNull();
    }

    @Test
    void eenAndereGemeenteZietNietsEnSchrijftNiets() {
        regels();
        String nummer = verleend(STRENG, "CLUB", uniekAdres(), List.of());
        String vestiging = vestigingVan(nummer);
        String id = doel(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingId", vestiging, "datum", vandaag(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht")).post("/api/v1/controles")
                .then().statusCode(201).extract().path("controleId");
        for (String rol : List.of(Rol.HANDHAVER, Rol.HANDHAVINGSJURIST, Rol.VERGUNNINGVERLENER)) {
            doel(als(rol, ANDERE)).get("/api/v1/controles/" + id).then().statusCode(404).body("code", equalTo("niet-gevonden"));
            doel(als(rol, ANDERE)).queryParam("vestigingId", vestiging).get("/api/v1/controles")
                    .then().statusCode(200).body("resultaten", empty());
            doel(als(rol, ANDERE)).get("/api/v1/vestigingen/" + vestiging + "/bevindingencatalogus").then().statusCode(404);
        }
        doel(als(Rol.BELEIDSMEDEWERKER, STRENG)).get("/api/v1/controles/" + id).then().statusCode(403);
        // Writing: the premises and the licence of another municipality are refused as unknown.
        var antwoord = doel(ongeldig(als(Rol.HANDHAVER, ANDERE))).body(Map.of("vestigingId", vestiging, "datum", vandaag(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht", "vergunningnummer", nummer))
                .post("/api/v1/controles").then().statusCode(400).body("code", equalTo("ongeldige-invoer"))
                .body("invalidParams.name", containsInAnyOrder("vestigingId", "vergunningnummer")).extract().asString();
        assertThat(antwoord).doesNotContain(vestiging).doesNotContain(nummer);
        for (String rol : List.of(Rol.HANDHAVINGSJURIST, Rol.VERGUNNINGVERLENER, Rol.AUDITOR)) {
            doel(ongeldig(als(rol, STRENG))).body(Map.of("vestigingId", vestiging, "datum", vandaag(), "soort", "TER_PLAATSE",
                    "organisatie", "Team Toezicht")).post("/api/v1/controles").then().statusCode(403);
        }
        assertThat(database.getal("select count(*) from controle where vestiging_id = ?", UUID.fromString(vestiging)))
                .isEqualTo(1);
    }

    @Test
    void eenHerhalingMetDezelfdeSleutelGeeftDezelfdeControle() {
        regels();
        Map<String, Object> adres = uniekAdres();
        Map<String, Object> body = Map.of("vestigingsadres", adres, "datum", vandaag(), "soort", "TER_PLAATSE",
                "organisatie", "Team Toezicht", "bevindingen", List.of(Map.of("code", "GEEN_VERGUNNING")));
        String sleutel = UUID.randomUUID().toString();
        String eerste = doel(als(Rol.HANDHAVER, STRENG)).header("Idempotency-Key", sleutel).body(body)
                .post("/api/v1/controles").then().statusCode(201).extract().asString();
        String tweede = doel(als(Rol.HANDHAVER, STRENG)).header("Idempotency-Key", sleutel).body(body)
                .post("/api/v1/controles").then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(tweede).as("zaad " + ZAAD).isEqualTo(eerste);
        assertThat(database.getal("select count(*) from controle c join vestiging s on s.id = c.vestiging_id "
                + "where s.gemeente_code = ? and s.postcode = ? and s.huisnummer = ?", STRENG, adres.get("postcode"),
                adres.get("huisnummer"))).isEqualTo(1);
        Map<String, Object> ander = new HashMap<>(body);
        ander.put("soort", "ADMINISTRATIEF");
        doel(ongeldig(als(Rol.HANDHAVER, STRENG))).header("Idempotency-Key", sleutel).body(ander)
                .post("/api/v1/controles").then().statusCode(409).body("code", equalTo("conflict"));
    }

    @Test
    void eenGetoondRegistratienummerWordtGecontroleerdEnNergensBewaard() {
        regels();
        String geldig = RegistratieTestToegang.registreer(STRENG, Personen.bsn()).then().statusCode(201)
                .extract().path("registratienummer");
        String onbekend = Registratienummer.nieuw();
        String antwoord = doel(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingsadres", uniekAdres(), "datum", vandaag(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht",
                        "getoondeRegistratienummers", List.of(geldig.toLowerCase(), onbekend)))
                .post("/api/v1/controles").then().statusCode(201)
                .body("bevindingen.code", contains("REGISTRATIE_GELDIG", "REGISTRATIE_ONGELDIG"))
                .extract().asString();
        for (String nummer : List.of(geldig, onbekend)) {
            String kaal = nummer.replace("-", "");
            assertThat(antwoord).as("zaad " + ZAAD).doesNotContain(nummer).doesNotContainIgnoringCase(kaal);
            // No table holds it, apart from the registration itself.
            for (String[] tabel : database.rijen("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'registratie'")) {
                assertThat(database.getal("select count(*) from " + tabel[0] + " t where upper(replace(t::text, '-', '')) like ?",
                        "%" + kaal + "%")).as(tabel[0]).isZero();
            }
        }
        // The check itself is in the processing log, as every status check is; the inspection is too.
        assertThat(database.getal("select count(*) from dataverwerking where operatie = 'registratie.statuscontrole' "
                + "and doelbinding = 'Handhaving APV' and organisatie = ?", STRENG)).isGreaterThanOrEqualTo(2);
        // A typo is caught before anything is looked up, and the number is not repeated.
        String tikfout = geldig.substring(0, geldig.length() - 1) + (geldig.endsWith("0") ? "1" : "0");
        String fout = doel(ongeldig(als(Rol.HANDHAVER, STRENG))).body(Map.of("vestigingsadres", uniekAdres(), "datum", vandaag(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht", "getoondeRegistratienummers", List.of(tikfout)))
                .post("/api/v1/controles").then().statusCode(400)
                .body("invalidParams.name", contains("getoondeRegistratienummers[0]")).extract().asString();
        assertThat(fout).doesNotContain(tikfout);
    }

    @Test
    void eenBsnInVrijeTekstWordtGeweigerdZonderHemTeHerhalen() {
        regels();
        String bsn = Personen.bsn();
        String antwoord = doel(ongeldig(als(Rol.HANDHAVER, STRENG))).body(Map.of("vestigingsadres", uniekAdres(),
                        "datum", vandaag(), "soort", "TER_PLAATSE", "organisatie", "Team Toezicht",
                        "opmerkingen", "Werkster met BSN " + bsn + " aangetroffen.",
                        "bevindingen", List.of(Map.of("code", "SIGNALEN_VAN_DWANG", "toelichting", "Zie " + bsn))))
                .post("/api/v1/controles").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("opmerkingen", "bevindingen[0].toelichting"))
                .extract().asString();
        assertThat(antwoord).as("zaad " + ZAAD).doesNotContain(bsn);
        assertThat(database.getal("select count(*) from controle where opmerkingen like ?", "%" + bsn + "%")).isZero();
    }

    @Test
    void ongeldigeInvoerNoemtElkVeld() {
        doel(ongeldig(als(Rol.HANDHAVER, STRENG))).body(Map.of("vestigingId", UUID.randomUUID().toString(),
                        "vestigingsadres", uniekAdres(), "datum", TestKlok.vandaag().plusDays(1).toString(),
                        "soort", "BIJ_NACHT", "organisatie", " ",
                        "bevindingen", List.of(Map.of("code", "VOORSCHRIFT_NIET_NAGELEEFD"))))
                .post("/api/v1/controles").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("vestigingId", "vestigingsadres", "soort", "organisatie"));
        doel(ongeldig(als(Rol.HANDHAVER, STRENG))).body(Map.of("vestigingsadres", uniekAdres(),
                        "datum", TestKlok.vandaag().plusDays(1).toString(), "soort", "TER_PLAATSE", "organisatie", "Team",
                        "bevindingen", List.of(Map.of("code", "VOORSCHRIFT_NIET_NAGELEEFD"),
                                Map.of("code", "SIGNALEN_VAN_DWANG", "voorschrift", 1))))
                .post("/api/v1/controles").then().statusCode(400)
                .body("invalidParams.name", contains("datum", "bevindingen[0].voorschrift", "bevindingen[1].voorschrift"));
        ongeldig(als(Rol.HANDHAVER, STRENG)).body(Map.of("vestigingsadres", uniekAdres(), "datum", vandaag(),
                "soort", "TER_PLAATSE", "organisatie", "Team")).post("/api/v1/controles").then().statusCode(400)
                .body("invalidParams.name", hasItem("X-Doelbinding"));
        doel(ongeldig(als(Rol.HANDHAVER, STRENG))).get("/api/v1/controles/geen-uuid").then().statusCode(400)
                .body("invalidParams.name", contains("controleId"));
        doel(ongeldig(als(Rol.HANDHAVER, STRENG))).queryParam("datumVanaf", "02-03-2026").get("/api/v1/controles")
                .then().statusCode(400).body("invalidParams.name", contains("datumVanaf"));
        doel(ongeldig(als(Rol.HANDHAVER, STRENG))).queryParam("datum", TestKlok.vandaag().plusDays(1).toString())
                .get("/api/v1/vestigingen/" + UUID.randomUUID() + "/bevindingencatalogus").then().statusCode(400)
                .body("invalidParams.name", contains("datum"));
        doel(als(Rol.HANDHAVER, STRENG)).get("/api/v1/controles/" + UUID.randomUUID()).then().statusCode(404)
                .body("$", not(org.hamcrest.Matchers.hasKey("invalidParams")));
        doel(als(Rol.HANDHAVER, STRENG)).get("/api/v1/vestigingen/" + UUID.randomUUID() + "/bevindingencatalogus")
                .then().statusCode(404).body("detail", not(nullValue()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The two municipalities' rules, in force from a year ago for five years. The strict one has a
     * registration duty of its own, so sex workers can be registered there too.
     */
    private static synchronized void regels() {
        if (regelsGepubliceerd) {
            return;
        }
        String van = TestKlok.vandaag().minusYears(1).toString();
        String tot = TestKlok.vandaag().plusYears(5).toString();
        Testdata.gepubliceerdeRegelset(STRENG, van, tot, Map.of("minimumleeftijd", 21, "registratieplicht", true,
                "bedrijfstypen", Map.of("CLUB", Map.of("toegestaan", true, "vergunningplicht", true,
                                "openingstijden", List.of(Map.of("dag", "VRIJDAG", "open", "12:00", "sluit", "23:00"))),
                        "RAAMPROSTITUTIE", Map.of("toegestaan", false)),
                "vindplaatsen", Map.of("minimumleeftijd", Map.of("artikel", "APV art. 3:12 lid 1"))));
        Testdata.gepubliceerdeRegelset(RUIM, van, tot, Map.of("registratieplicht", false,
                "nietGeregeld", List.of("minimumleeftijd")));
        regelsGepubliceerd = true;
    }

    private static String vandaag() {
        return TestKlok.vandaag().toString();
    }

    static RequestSpecification doel(RequestSpecification spec) {
        return spec.header("X-Doelbinding", "Handhaving APV").header("X-Verwerkingsactiviteit", "Controle ter plaatse");
    }

    /** A door no other run or test has used: a postcode in 1000-4999 with two random letters. */
    static Map<String, Object> uniekAdres() {
        String letters = "" + (char) ('A' + TOEVAL.nextInt(26)) + (char) ('A' + TOEVAL.nextInt(26));
        Map<String, Object> adres = new HashMap<>();
        adres.put("straatnaam", "Controlestraat");
        adres.put("huisnummer", 1 + TOEVAL.nextInt(99998));
        adres.put("postcode", (1000 + TOEVAL.nextInt(4000)) + letters);
        adres.put("woonplaats", "Controledorp");
        return adres;
    }

    /** A licence granted today (for five years) at this address, with these conditions. */
    static String verleend(String gemeente, String type, Map<String, Object> adres, List<String> voorschriften) {
        Eigendom.vereisEigenaar(gemeente);
        Map<String, Object> body = new HashMap<>(Testdata.vergunningAanvraag(gemeente, Testdata.exploitant(gemeente), type));
        body.put("vestigingsadres", adres);
        body.put("voorschriften", voorschriften);
        String nummer = als(Rol.VERGUNNINGVERLENER, gemeente).body(body).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
        Testdata.neemBesluit(gemeente, nummer, "VERLENEN");
        return nummer;
    }

    static String vestigingVan(String nummer) {
        String href = als(Rol.VERGUNNINGVERLENER, nummer.substring(0, 6)).get("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200).extract().path("_links.vestiging.href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    static LocalDate gisteren() {
        return TestKlok.vandaag().minusDays(1);
    }
}
