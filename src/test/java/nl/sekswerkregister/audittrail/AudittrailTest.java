package nl.sekswerkregister.audittrail;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.sekswerkregister.audittrail.domain.Objecttype;
import nl.sekswerkregister.audittrail.service.Audittrail;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The audit trail (issue 16, item 6): every write to an operator, premises or licence leaves exactly one
 * row, in its transaction, saying who, in which role and organisation, when and what changed; personal data
 * only by field name; read by the municipality concerned and the auditor.
 */
@QuarkusTest
class AudittrailTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(AudittrailTest.class, 3);
    static final String A = GEMEENTEN.get(0);
    static final String B = GEMEENTEN.get(1);
    static final String C = GEMEENTEN.get(2);
    static final long SEED = Long.getLong("audittrail.seed", System.nanoTime());
    static final SplittableRandom TOEVAL = new SplittableRandom(SEED);

    @Inject
    Database database;
    @Inject
    Audittrail audittrail;

    @Test
    void wieWijzigdeHetAdresVanDezeExploitant() {
        String balieA = "balie-a-" + UUID.randomUUID();
        String exploitant = metToken(Tokens.metSubject(balieA, Rol.VERGUNNINGVERLENER, A))
                .body(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer())).post("/api/v1/exploitanten")
                .then().statusCode(201).body("beheerdDoor", equalTo(A)).extract().path("id");
        // B handles an application of this operator: it reads the operator's trail, but A keeps the record.
        Testdata.aanvraag(B, exploitant, "CLUB");

        metToken(Tokens.metSubject(balieA, Rol.VERGUNNINGVERLENER, A)).header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("correspondentieadres", Map.of("straatnaam", "Warmoesstraat", "huisnummer", 14)))
                .patch("/api/v1/exploitanten/" + exploitant).then().statusCode(200);
        als(Rol.VERGUNNINGVERLENER, B).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("handelsnaam", "Overgenomen")).patch("/api/v1/exploitanten/" + exploitant)
                .then().statusCode(403).body("code", equalTo("geen-toegang")).body("detail", containsString(A));

        JsonPath trail = als(Rol.VERGUNNINGVERLENER, B).get("/api/v1/exploitanten/" + exploitant + "/audittrail")
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("resultaten.actie")).containsExactly("GEWIJZIGD", "AANGEMAAKT");
        assertThat(trail.getString("resultaten[0].gebruikersId")).isEqualTo(balieA);
        assertThat(trail.getString("resultaten[0].rol")).isEqualTo(Rol.VERGUNNINGVERLENER);
        assertThat(trail.getString("resultaten[0].organisatie")).isEqualTo(A);
        assertThat(trail.getString("resultaten[0].gemeenteCode")).isEqualTo(A);
        assertThat(trail.getString("resultaten[0].tijdstip")).endsWith("Z");
        assertThat(wijzigingen(trail, 0)).containsExactly(
                Map.of("veld", "correspondentieadres.huisnummer", "oud", 12, "nieuw", 14, "persoonsgegeven", false),
                Map.of("veld", "correspondentieadres.straatnaam", "oud", "Oudezijds Achterburgwal", "nieuw", "Warmoesstraat",
                        "persoonsgegeven", false));
        // A municipality with nothing to do with the operator may not read its trail; the auditor may.
        als(Rol.VERGUNNINGVERLENER, C).get("/api/v1/exploitanten/" + exploitant + "/audittrail")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
        als(Rol.AUDITOR).get("/api/v1/exploitanten/" + exploitant + "/audittrail")
                .then().statusCode(200).body("resultaten.size()", equalTo(2));
    }

    @Test
    void elkeSchrijfactieLaatPreciesEenRegelNa() {
        String exploitant = Testdata.exploitant(A);
        assertThat(rijen("EXPLOITANT", exploitant)).isEqualTo(1);

        Map<String, Object> adres = Testdata.uniekAdres(TOEVAL, "Audittrailstraat");
        Map<String, Object> aanvraag = new HashMap<>(Testdata.vergunningAanvraag(A, exploitant, "CLUB"));
        aanvraag.put("vestigingsadres", adres);
        var eerste = als(Rol.VERGUNNINGVERLENER, A).body(aanvraag).post("/api/v1/vergunningen")
                .then().statusCode(201).extract();
        String nummer = eerste.path("vergunningnummer");
        String vestigingHref = eerste.path("_links.vestiging.href");
        String vestiging = vestigingHref.substring(vestigingHref.lastIndexOf('/') + 1);
        assertThat(rijen("VERGUNNING", nummer)).as("seed %d", SEED).isEqualTo(1);
        assertThat(rijen("VESTIGING", vestiging)).isEqualTo(1);

        als(Rol.VERGUNNINGVERLENER, A).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("voorschriften", List.of("Open tot 02:00 uur."))).patch("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200);
        assertThat(rijen("VERGUNNING", nummer)).isEqualTo(2);

        // A second licence at the same door names it a home: the premises are marked, one row for that mark.
        aanvraag.put("vestigingIsWoning", true);
        String tweede = als(Rol.VERGUNNINGVERLENER, A).body(aanvraag).post("/api/v1/vergunningen")
                .then().statusCode(201).extract().path("vergunningnummer");
        assertThat(rijen("VESTIGING", vestiging)).isEqualTo(2);
        assertThat(rijen("VERGUNNING", tweede)).isEqualTo(1);

        Testdata.neemBesluit(A, nummer, "VERLENEN");
        assertThat(rijen("VERGUNNING", nummer)).isEqualTo(3);

        JsonPath vergunning = als(Rol.VERGUNNINGVERLENER, A).get("/api/v1/vergunningen/" + nummer + "/audittrail")
                .then().statusCode(200).extract().jsonPath();
        // The licence's file: its own rows, and its case's (opened with the application, closed by the grant).
        assertThat(vergunning.getList("resultaten.actie")).containsExactly("BESLUIT_GENOMEN", "GEWIJZIGD", "GEWIJZIGD",
                "AANGEMAAKT", "AANGEMAAKT");
        assertThat(vergunning.getList("resultaten.objecttype")).containsExactly("VERGUNNING", "AANVRAAG", "VERGUNNING",
                "VERGUNNING", "AANVRAAG");
        String besluit = als(Rol.VERGUNNINGVERLENER, A).get("/api/v1/vergunningen/" + nummer + "/besluiten")
                .then().statusCode(200).extract().path("resultaten[0].id");
        assertThat(vergunning.getString("resultaten[0].besluitId")).isEqualTo(besluit);
        assertThat(vergunning.getString("resultaten[0].toelichting")).isEqualTo("VERLENEN");
        assertThat(wijzigingen(vergunning, 0)).contains(
                Map.of("veld", "status", "oud", "AANGEVRAAGD", "nieuw", "VERLEEND", "persoonsgegeven", false));
        assertThat(wijzigingen(vergunning, 2)).containsExactly(
                Map.of("veld", "voorschriften", "oud", List.of(), "nieuw", List.of("Open tot 02:00 uur."),
                        "persoonsgegeven", false));

        JsonPath premises = als(Rol.AUDITOR).get("/api/v1/vestigingen/" + vestiging + "/audittrail")
                .then().statusCode(200).extract().jsonPath();
        assertThat(premises.getList("resultaten.actie")).containsExactly("GEWIJZIGD", "AANGEMAAKT");
        assertThat(wijzigingen(premises, 0)).containsExactly(
                Map.of("veld", "woning", "oud", false, "nieuw", true, "persoonsgegeven", false));
        // Premises elsewhere are not found, as everywhere: their existence is not told to another municipality.
        als(Rol.VERGUNNINGVERLENER, B).get("/api/v1/vestigingen/" + vestiging + "/audittrail").then().statusCode(404);
        als(Rol.VERGUNNINGVERLENER, B).get("/api/v1/vergunningen/" + nummer + "/audittrail")
                .then().statusCode(403).body("code", equalTo("geen-toegang"));
    }

    @Test
    void persoonsgegevensKomenNooitInDeAudittrail() {
        String bsn = Personen.bsn();
        String tweedeBsn = Personen.bsn();
        Map<String, Object> adres = Testdata.uniekAdres(TOEVAL, "Woonerfpad" + TOEVAL.nextInt(1000, 9999));
        Map<String, Object> aanvraag = new HashMap<>(Testdata.vergunningAanvraag(A, Testdata.exploitant(A), "THUISWERK"));
        aanvraag.put("vestigingsadres", adres);
        aanvraag.put("beheerders", List.of(Map.of("identificatie", Personen.metBsn(bsn))));
        var vergunning = als(Rol.VERGUNNINGVERLENER, A).body(aanvraag).post("/api/v1/vergunningen")
                .then().statusCode(201).extract();
        String nummer = vergunning.path("vergunningnummer");
        String pseudoniem = vergunning.path("beheerders[0].pseudoniem");
        als(Rol.VERGUNNINGVERLENER, A).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("beheerders", List.of(Map.of("pseudoniem", pseudoniem),
                        Map.of("identificatie", Personen.metBsn(tweedeBsn)))))
                .patch("/api/v1/vergunningen/" + nummer).then().statusCode(200);
        List<String> pseudoniemen = als(Rol.VERGUNNINGVERLENER, A).get("/api/v1/vergunningen/" + nummer)
                .then().statusCode(200).extract().path("beheerders.pseudoniem");
        String opgeslagen = database.tekst("select array_to_string(beheerder_pseudoniemen, ',') from vergunning "
                + "where vergunningnummer = ?", nummer);

        String api = als(Rol.AUDITOR).get("/api/v1/vergunningen/" + nummer + "/audittrail").then().statusCode(200)
                .extract().asString();
        String tabel = database.tekst("select string_agg(wijzigingen::text, ' ') from audittrail where object_id = ?", nummer);
        for (String trail : List.of(api, tabel)) {
            assertThat(trail).doesNotContain(bsn).doesNotContain(tweedeBsn).doesNotContain((String) adres.get("straatnaam"))
                    .doesNotContain((String) adres.get("postcode"));
            pseudoniemen.forEach(p -> assertThat(trail).doesNotContain(p));
            for (String p : opgeslagen.split(",")) {
                assertThat(trail).doesNotContain(p);
            }
        }
        JsonPath trail = JsonPath.from(api);
        assertThat(wijzigingen(trail, 0)).containsExactly(Map.of("veld", "beheerders", "persoonsgegeven", true));
        assertThat(wijzigingen(trail, 1)).contains(Map.of("veld", "beheerders", "persoonsgegeven", true),
                Map.of("veld", "vestigingsadres.straatnaam", "persoonsgegeven", true),
                Map.of("veld", "bedrijfstype", "nieuw", "THUISWERK", "persoonsgegeven", false));
    }

    @Test
    void eenGeweigerdeOfTeruggedraaideSchrijfactieLaatGeenRegelNa() {
        String exploitant = Testdata.exploitant(A);
        // Refused before anything is written: another municipality (403), invalid input (400), a stale ETag (412).
        als(Rol.VERGUNNINGVERLENER, B).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("handelsnaam", "Niet van u")).patch("/api/v1/exploitanten/" + exploitant).then().statusCode(403);
        ongeldig(als(Rol.VERGUNNINGVERLENER, A)).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("statutaireNaam", "")).patch("/api/v1/exploitanten/" + exploitant).then().statusCode(400);
        als(Rol.VERGUNNINGVERLENER, A).header("If-Match", "\"7\"").contentType("application/merge-patch+json")
                .body(Map.of("handelsnaam", "Te laat")).patch("/api/v1/exploitanten/" + exploitant).then().statusCode(412);
        assertThat(rijen("EXPLOITANT", exploitant)).isEqualTo(1);

        // A row written in a transaction that then fails goes with it.
        String object = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            audittrail.legWijziging(Objecttype.EXPLOITANT, object, A, Map.of("handelsnaam", "Oud"),
                    Map.of("handelsnaam", "Nieuw"), Set.of());
            // The test's data source joins this transaction: the row is there until the rollback.
            assertThat(rijen("EXPLOITANT", object)).isEqualTo(1);
            throw new IllegalStateException("de schrijfactie mislukt na de audittrail");
        })).hasMessageContaining("mislukt");
        assertThat(rijen("EXPLOITANT", object)).isZero();
        // And none is written outside a transaction at all.
        assertThatThrownBy(() -> audittrail.legWijziging(Objecttype.EXPLOITANT, object, A, Map.of(), Map.of(), Set.of()))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
        assertThat(rijen("EXPLOITANT", object)).isZero();
    }

    @Test
    void eenExploitantZonderBeheerderKrijgtDeEersteGemeenteDieHemWijzigt() {
        // As an operator registered before keepers existed and never licensed (V22 left it without one).
        String id = UUID.randomUUID().toString();
        database.voerUit("insert into exploitant (id, kvk_nummer, statutaire_naam, ca_straatnaam, ca_huisnummer, "
                + "ca_postcode, ca_woonplaats, geregistreerd_op, versie) values (cast(? as uuid), ?, 'Oud B.V.', 'Damrak', 1, "
                + "'1012LG', 'Amsterdam', now(), 0)", id, Testdata.nieuwKvkNummer());
        als(Rol.AUDITOR).get("/api/v1/exploitanten/" + id).then().statusCode(200).body("beheerdDoor", equalTo(null));
        als(Rol.VERGUNNINGVERLENER, C).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("handelsnaam", "Nieuw Leven")).patch("/api/v1/exploitanten/" + id)
                .then().statusCode(200).body("beheerdDoor", equalTo(C));
        als(Rol.VERGUNNINGVERLENER, A).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("handelsnaam", "Niet van A")).patch("/api/v1/exploitanten/" + id)
                .then().statusCode(403).body("detail", containsString(C));
        JsonPath trail = als(Rol.VERGUNNINGVERLENER, C).get("/api/v1/exploitanten/" + id + "/audittrail")
                .then().statusCode(200).extract().jsonPath();
        assertThat(wijzigingen(trail, 0)).containsExactly(
                Map.of("veld", "beheerdDoor", "nieuw", C, "persoonsgegeven", false),
                Map.of("veld", "handelsnaam", "nieuw", "Nieuw Leven", "persoonsgegeven", false));
        // The keeper stays: the database refuses to drop it, or to change the KvK number.
        assertThat(database.voerUitVerwachtFout("update exploitant set beheergemeente = null where id = cast(? as uuid)", id))
                .contains("houdt er een");
        assertThat(database.voerUitVerwachtFout("update exploitant set kvk_nummer = '00000001' where id = cast(? as uuid)", id))
                .contains("verandert niet");
        assertThat(database.voerUitVerwachtFout("update audittrail set actie = 'GEWIJZIGD' where object_id = ?", id))
                .isNotBlank();
    }

    @Test
    void eenExploitantRegistrerenVraagtEenGemeente() {
        metToken(Tokens.voor(Rol.VERGUNNINGVERLENER)).body(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer()))
                .post("/api/v1/exploitanten").then().statusCode(403).body("code", equalTo("geen-toegang"));
    }

    private long rijen(String type, String objectId) {
        return database.getal("select count(*) from audittrail where objecttype = ? and object_id = ?", type, objectId);
    }

    /**
     * The licence's trail is its whole file: the case's steps (and a Bibob step), a document handed in and a
     * change of managers with its decision, each with who did it, under the licence's number; the added
     * manager only as "managers changed", never a pseudonym.
     */
    @Test
    void deAudittrailVanEenVergunningIsHetHeleDossier() {
        String nummer = Testdata.verleend(A);
        String vandaag = nl.sekswerkregister.support.TestKlok.vandaag().toString();
        String pad = "/api/v1/vergunningen/" + nummer;
        als(Rol.VERGUNNINGVERLENER, A).contentType("application/pdf").queryParam("soort", "ONDERNEMINGSPLAN")
                .body(("%PDF-1.7\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .post(pad + "/documenten").then().statusCode(201);
        String wijziging = Testdata.beheerderwijziging(A, nummer);
        als(Rol.VERGUNNINGVERLENER, A).body(Testdata.beheerderwijzigingBesluit("GOEDGEKEURD"))
                .post(wijziging + "/besluit").then().statusCode(201);
        String toegevoegd = als(Rol.VERGUNNINGVERLENER, A).get(pad).then().statusCode(200)
                .extract().path("beheerders[-1].pseudoniem");

        JsonPath trail = als(Rol.VERGUNNINGVERLENER, A).queryParam("pageSize", 50).get(pad + "/audittrail")
                .then().statusCode(200).extract().jsonPath();
        List<String> soorten = trail.getList("resultaten.objecttype");
        List<String> toelichtingen = trail.getList("resultaten.toelichting");
        // Newest first: the manager change's decision and request, the document, the grant, the case's steps.
        assertThat(soorten).containsSubsequence("BEHEERDERWIJZIGING", "BEHEERDERWIJZIGING", "DOCUMENT", "VERGUNNING",
                "AANVRAAG", "AANVRAAG");
        assertThat(toelichtingen).contains("BEHEERDERWIJZIGING_GOEDGEKEURD", "BESLOTEN", "ONTVANGEN", "VERLENEN");
        assertThat(trail.getList("resultaten.objectId")).containsOnly(nummer);
        assertThat(trail.getList("resultaten.organisatie")).containsOnly(A);
        assertThat(wijzigingen(trail, 0)).contains(Map.of("veld", "beheerders", "persoonsgegeven", true));
        assertThat(trail.prettify()).doesNotContain(toegevoegd).contains(vandaag);
        // Read as the licence is: another municipality's desk gets 403.
        als(Rol.VERGUNNINGVERLENER, B).get(pad + "/audittrail").then().statusCode(403);
    }

    private static List<Map<String, Object>> wijzigingen(JsonPath trail, int regel) {
        return trail.getList("resultaten[" + regel + "].wijzigingen");
    }
}
