package nl.sekswerkregister.signalering;

import static nl.sekswerkregister.signalering.Signaleringen.PAD;
import static nl.sekswerkregister.signalering.Signaleringen.adres;
import static nl.sekswerkregister.signalering.Signaleringen.advertentie;
import static nl.sekswerkregister.signalering.Signaleringen.als;
import static nl.sekswerkregister.signalering.Signaleringen.leg;
import static nl.sekswerkregister.signalering.Signaleringen.legId;
import static nl.sekswerkregister.signalering.Signaleringen.sluitAf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.privacy.Telefoonnummer;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Controles;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import org.junit.jupiter.api.Test;

/**
 * Signals of unlicensed sex work as enforcement uses them: an address becomes premises that later
 * inspections attach to; an advertisement's phone number is kept only as the municipality's pseudonym;
 * a signal is closed once, by a record of its own; another municipality does not see it.
 */
@QuarkusTest
class SignaleringTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(SignaleringTest.class, 2);
    static final String EIGEN = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    /** A number no other test uses, in the forms people write it. */
    static final String NUMMER_CIJFERS = "687305521";

    @Inject
    Database database;
    @Inject
    Pseudonimisering pseudoniemen;

    @Test
    void eenAdresWordtEenVestigingWaarControlesBijHoren() {
        Response eerste = leg(adres(EIGEN, "9711AB", 7));
        String vestigingId = eerste.path("vestigingId");
        eerste.then().body("soort", equalTo("ADRES")).body("status", equalTo("OPEN"))
                .body("adres.postcode", equalTo("9711AB")).body("vastgelegd.rol", equalTo(Rol.HANDHAVER))
                .body("_links.vestiging.href", equalTo("/api/v1/vestigingen/" + vestigingId));
        // The premises exist for enforcement's lookups, and a second signal at that door is at the same premises.
        Signaleringen.doel(Api.als(Rol.HANDHAVER, EIGEN)).get("/api/v1/vestigingen/" + vestigingId)
                .then().statusCode(200).body("postcode", equalTo("9711AB")).body("huisnummer", equalTo(7));
        String tweede = legId(adres(EIGEN, "9711AB", 7));
        als(Rol.HANDHAVER, EIGEN).get(PAD + "/" + tweede).then().statusCode(200).body("vestigingId", equalTo(vestigingId));

        UUID vestiging = UUID.fromString(vestigingId);
        Controles.maak(database, EIGEN, vestiging, TestKlok.vandaag().minusDays(20)).controleId();
        UUID daarna = Controles.maak(database, EIGEN, vestiging, TestKlok.vandaag().minusDays(2)).controleId();
        als(Rol.HANDHAVER, EIGEN).get(PAD + "/" + eerste.path("signaleringId")).then().statusCode(200)
                .body("controles.controleId", contains(daarna.toString()))
                .body("controles[0]._links.self.href", equalTo("/api/v1/controles/" + daarna));
        als(Rol.HANDHAVER, EIGEN).queryParam("vestigingId", vestigingId).get(PAD).then().statusCode(200)
                .body("resultaten.signaleringId", org.hamcrest.Matchers.containsInAnyOrder(eerste.path("signaleringId"), tweede));
    }

    @Test
    void hetTelefoonnummerStaatAlleenAlsPseudoniemInDeDatabaseEnNergensInHetLog() throws Exception {
        Response antwoord = leg(advertentie(EIGEN, "https://www.kinky.nl/advertentie/90001", "06-8730 5521"));
        String id = antwoord.path("signaleringId");
        antwoord.then().body("soort", equalTo("ADVERTENTIE")).body("advertentie.platform", equalTo("kinky.nl"))
                .body("telefoonkenmerk", matchesPattern("[0-9a-f]{64}")).body("telefoonnummer", nullValue());
        assertThat(antwoord.asString()).doesNotContain(NUMMER_CIJFERS).doesNotContain("8730");

        String verwacht = pseudoniemen.telefoon(Telefoonnummer.lees("0687305521").orElseThrow(), EIGEN);
        assertThat(database.tekst("select pseudoniem from signalering_telefoon where signalering_id = ?::uuid", id))
                .isEqualTo(verwacht);
        assertThat(Pseudonimisering.weergave(verwacht)).isEqualTo(antwoord.path("telefoonkenmerk"));
        // Nowhere in any table, in any of the forms it was or could have been written in.
        for (String vorm : List.of(NUMMER_CIJFERS, "8730 5521", "87305521")) {
            assertThat(database.rijen("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r' and has_table_privilege(c.oid, 'SELECT')""").stream()
                    .map(r -> r[0]).filter(t -> database.getal("select count(*) from " + t + " x where x::text like ?",
                            "%" + vorm + "%") > 0).toList()).as(vorm).isEmpty();
        }
        Path log = Path.of("target/quarkus-test.log");
        if (Files.exists(log)) {
            assertThat(Files.readString(log)).doesNotContain(NUMMER_CIJFERS).doesNotContain("8730 5521");
        }
    }

    @Test
    void hetzelfdeNummerIsInDeEigenGemeenteHerkenbaarEnInEenAndereNiet() {
        Response eerste = leg(advertentie(EIGEN, "https://example.nl/ad/1", "+31 6 1122 3344"));
        Response tweede = leg(advertentie(EIGEN, "https://example.nl/ad/2", "0031611223344"));
        Response elders = leg(advertentie(ANDERE, "https://example.nl/ad/3", "06-11223344"));
        String kenmerk = eerste.path("telefoonkenmerk");
        assertThat((String) tweede.path("telefoonkenmerk")).isEqualTo(kenmerk);
        assertThat((String) elders.path("telefoonkenmerk")).isNotEqualTo(kenmerk);
        assertThat(database.getal("select count(distinct pseudoniem) from signalering_telefoon where signalering_id in "
                        + "(?::uuid, ?::uuid)", eerste.path("signaleringId"), tweede.path("signaleringId"))).isEqualTo(1);
        als(Rol.HANDHAVER, EIGEN).get(PAD + "/" + eerste.path("signaleringId")).then().statusCode(200)
                .body("zelfdeTelefoon", contains((String) tweede.path("signaleringId")));
        als(Rol.HANDHAVER, ANDERE).get(PAD + "/" + elders.path("signaleringId")).then().statusCode(200)
                .body("zelfdeTelefoon", empty());
    }

    @Test
    void afsluitenIsEenEigenVastleggingEnGebeurtEenKeer() {
        String id = legId(adres(EIGEN, "9711AC", 3));
        String vandaag = TestKlok.vandaag().toString();
        Api.ongeldig(als(Rol.HANDHAVER, EIGEN)).body(Map.of("uitkomst", "ACTIVITEIT_BEEINDIGD",
                        "datum", TestKlok.vandaag().minusDays(11).toString()))
                .post(PAD + "/" + id + "/afsluiting").then().statusCode(400)
                .body("invalidParams.name", contains("datum"));
        sluitAf(ANDERE, id, "ACTIVITEIT_BEEINDIGD", vandaag).then().statusCode(404);
        als(Rol.HANDHAVER, EIGEN).body(Map.of("uitkomst", "ACTIVITEIT_BEEINDIGD", "datum", vandaag,
                        "toelichting", "Na de waarschuwing gestopt."))
                .post(PAD + "/" + id + "/afsluiting").then().statusCode(200)
                .body("status", equalTo("AFGESLOTEN")).body("afsluiting.uitkomst", equalTo("ACTIVITEIT_BEEINDIGD"))
                .body("afsluiting.toelichting", equalTo("Na de waarschuwing gestopt."))
                .body("afsluiting.vastgelegd.rol", equalTo(Rol.HANDHAVER));
        sluitAf(EIGEN, id, "GEEN_SEKSWERK", vandaag).then().statusCode(409).body("code", equalTo("conflict"));
        assertThat(database.getal("select count(*) from signalering_afsluiting where signalering_id = ?::uuid", id))
                .isEqualTo(1);
        als(Rol.HANDHAVER, EIGEN).queryParam("status", "AFGESLOTEN").get(PAD).then().statusCode(200)
                .body("resultaten.signaleringId", hasItem(id));
        als(Rol.HANDHAVER, EIGEN).queryParam("status", "OPEN").queryParam("pageSize", 100).get(PAD).then().statusCode(200)
                .body("resultaten.signaleringId", not(hasItem(id)));
    }

    @Test
    void eenAndereGemeenteZietNietsEnDeAuditorAlles() {
        String id = legId(adres(EIGEN, "9711AD", 5));
        for (String rol : List.of(Rol.HANDHAVER, Rol.HANDHAVINGSJURIST, Rol.BELEIDSMEDEWERKER)) {
            als(rol, EIGEN).get(PAD + "/" + id).then().statusCode(200);
            als(rol, ANDERE).get(PAD + "/" + id).then().statusCode(404).body("code", equalTo("niet-gevonden"));
            als(rol, ANDERE).queryParam("pageSize", 100).get(PAD).then().statusCode(200)
                    .body("resultaten.signaleringId", not(hasItem(id)));
        }
        als(Rol.AUDITOR, null).get(PAD + "/" + id).then().statusCode(200).body("gemeenteCode", equalTo(EIGEN));
        als(Rol.HANDHAVER, ANDERE).body(adres(EIGEN, "9711AD", 5)).post(PAD).then().statusCode(403);
    }

    @Test
    void eenHerhalingMetDezelfdeSleutelGeeftHetzelfdeAntwoordEnEenAnderVerzoekNiet() {
        Map<String, Object> body = advertentie(EIGEN, "https://example.nl/ad/idem", "0612000111");
        String sleutel = "signalering-" + UUID.randomUUID();
        String eerste = als(Rol.HANDHAVER, EIGEN).header("Idempotency-Key", sleutel).body(body).post(PAD)
                .then().statusCode(201).extract().path("signaleringId");
        als(Rol.HANDHAVER, EIGEN).header("Idempotency-Key", sleutel).body(body).post(PAD)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("signaleringId", equalTo(eerste));
        assertThat(database.getal("select count(*) from signalering where advertentiereferentie = ?",
                "https://example.nl/ad/idem")).isEqualTo(1);
        Map<String, Object> ander = new HashMap<>(body);
        ander.put("bron", "POLITIE");
        als(Rol.HANDHAVER, EIGEN).header("Idempotency-Key", sleutel).body(ander).post(PAD)
                .then().statusCode(409).body("code", equalTo("conflict"));

        String afsluitsleutel = "afsluiting-" + UUID.randomUUID();
        Map<String, Object> afsluiting = Map.of("uitkomst", "NIET_TRACEERBAAR", "datum", TestKlok.vandaag().toString());
        als(Rol.HANDHAVER, EIGEN).header("Idempotency-Key", afsluitsleutel).body(afsluiting)
                .post(PAD + "/" + eerste + "/afsluiting").then().statusCode(200);
        als(Rol.HANDHAVER, EIGEN).header("Idempotency-Key", afsluitsleutel).body(afsluiting)
                .post(PAD + "/" + eerste + "/afsluiting").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("status", equalTo("AFGESLOTEN"));
    }

    @Test
    void ongeldigeInvoerNoemtAlleVeldenEnHerhaaltGeenNummer() {
        Map<String, Object> body = new HashMap<>(adres(EIGEN, "9711AE", 9));
        body.put("advertentie", Map.of("platform", "kinky.nl", "referentie", "bel-0687305599"));
        body.put("telefoonnummer", "bel me 4488");
        body.put("datum", TestKlok.vandaag().plusDays(1).toString());
        body.put("locatie", Map.of("breedtegraad", 48.0, "lengtegraad", 4.9));
        String antwoord = Api.ongeldig(als(Rol.HANDHAVER, EIGEN)).body(body).post(PAD).then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("adres", "advertentie", "telefoonnummer",
                        "advertentie.referentie", "locatie.breedtegraad"))
                .extract().asString();
        assertThat(antwoord).doesNotContain("0687305599").doesNotContain("4488");
        // A date after today is refused once the form is right.
        Map<String, Object> morgen = new HashMap<>(adres(EIGEN, "9711AE", 9));
        morgen.put("datum", TestKlok.vandaag().plusDays(1).toString());
        Api.ongeldig(als(Rol.HANDHAVER, EIGEN)).body(morgen).post(PAD).then().statusCode(400)
                .body("invalidParams.name", contains("datum"));
        // Without the purpose headers nothing is recorded.
        Api.ongeldig(Api.als(Rol.HANDHAVER, EIGEN)).body(adres(EIGEN, "9711AE", 9)).post(PAD).then().statusCode(400);
        assertThat(database.getal("select count(*) from signalering s join vestiging v on v.id = s.vestiging_id "
                + "where v.postcode = '9711AE'")).isZero();
    }

    @Test
    void deLocatieWordtOpDuizendsteGraadBewaard() {
        Map<String, Object> body = new HashMap<>(adres(EIGEN, "9711AF", 11));
        body.put("locatie", Map.of("breedtegraad", 53.218_765, "lengtegraad", 6.566_432));
        leg(body).then().body("locatie.breedtegraad", equalTo(53.219f)).body("locatie.lengtegraad", equalTo(6.566f));
    }

    @Test
    void ongeldigeParametersNoemenHunNaam() {
        Api.ongeldig(als(Rol.HANDHAVER, EIGEN)).get(PAD + "/geen-uuid").then().statusCode(400)
                .body("invalidParams.name", contains("signaleringId"));
        Api.ongeldig(als(Rol.HANDHAVER, EIGEN)).queryParam("status", "DICHT").queryParam("vanaf", "2026-02-01")
                .queryParam("tot", "2026-01-01").queryParam("vestigingId", "x").get(PAD).then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("status", "tot", "vestigingId"));
    }
}
