package nl.sekswerkregister.conventies;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Voorbeelden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request-body example in the contract works against the service: integrators copy them. A
 * media type without an example of its own is tested with the example its documentation shows,
 * composed from the schema's property examples ({@link Voorbeelden}). So is a body shown in an
 * operation's description as a fenced {@code json} block.
 * Only what cannot be fixed in a document is filled in: ids of records this test creates, a fresh
 * KvK number (they are unique), the municipality (one of this test's own, so that its licences,
 * drafts and registrations meet no other test's), and dates that would lie in the past or future
 * by the time the test runs.
 */
@QuarkusTest
class ContractVoorbeeldenTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> GEMEENTEN = Eigendom.gemeenten(ContractVoorbeeldenTest.class, 3);
    static final String GM = GEMEENTEN.get(0);
    /**
     * Where the registration examples run: registering needs a rule set with a registration duty in
     * force, and the rule-set examples in GM publish versions that must not overlap one.
     */
    static final String GM_REGISTRATIE = GEMEENTEN.get(1);
    /**
     * Where a simulated change ({@code wijziging}) runs: it needs a rule set in force today, which
     * would overlap the versions the rule-set examples publish in GM.
     */
    static final String GM_WIJZIGING = GEMEENTEN.get(2);
    private static boolean regelsetInWerking;

    @jakarta.inject.Inject
    nl.sekswerkregister.support.Database database;

    record Voorbeeld(String methode, String pad, String mediatype, String naam, JsonNode body) {
        @Override
        public String toString() {
            return methode.toUpperCase() + " " + pad + " " + mediatype + " " + naam;
        }
    }

    static final Pattern JSON_BLOK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    static JsonNode leesJson(String tekst) {
        try {
            return JSON.readTree(tekst);
        } catch (IOException e) {
            throw new AssertionError("geen geldige JSON in een voorbeeld in een beschrijving: " + tekst, e);
        }
    }

    static Stream<Arguments> voorbeelden() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
        List<Arguments> lijst = new ArrayList<>();
        // Paths are relative to the server URL (/api/v1); requests go to the whole path.
        String server = contract.path("servers").path(0).path("url").asText();
        contract.get("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(op -> {
            JsonNode inhoud = op.getValue().path("requestBody").path("content");
            inhoud.fields().forEachRemaining(media -> {
                if (media.getValue().has("example")) {
                    lijst.add(Arguments.of(new Voorbeeld(op.getKey(), server + pad.getKey(), media.getKey(), "example",
                            media.getValue().get("example"))));
                }
                media.getValue().path("examples").fields().forEachRemaining(v -> lijst.add(Arguments.of(
                        new Voorbeeld(op.getKey(), server + pad.getKey(), media.getKey(), v.getKey(), v.getValue().get("value")))));
                if (!media.getValue().has("example") && !media.getValue().has("examples")
                        && !Voorbeelden.isBinair(media.getValue())) {
                    // No example of its own: what Swagger UI and friends compose from the schema.
                    String wat = op.getKey().toUpperCase() + " " + pad.getKey() + " " + media.getKey();
                    JsonNode samengesteld = Voorbeelden.samengesteld(contract, media.getValue().path("schema"))
                            .orElseThrow(() -> new AssertionError("geen voorbeeld en niet samen te stellen: " + wat));
                    lijst.add(Arguments.of(new Voorbeeld(op.getKey(), server + pad.getKey(), media.getKey(),
                            "samengesteld uit het schema", samengesteld)));
                }
            });
            if (op.getValue().has("requestBody")) {
                assertThat(inhoud.size()).as("content van " + op.getKey() + " " + pad.getKey()).isPositive();
                // A body shown in the operation's description (a fenced json block, such as the
                // application for an escort business without an address) is an example too.
                Matcher blok = JSON_BLOK.matcher(op.getValue().path("description").asText());
                for (int i = 1; blok.find(); i++) {
                    lijst.add(Arguments.of(new Voorbeeld(op.getKey(), server + pad.getKey(), inhoud.fieldNames().next(),
                            "uit de beschrijving " + i, leesJson(blok.group(1)))));
                }
            }
        }));
        assertThat(lijst).hasSizeGreaterThanOrEqualTo(9);
        return lijst.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("voorbeelden")
    void voorbeeldWerkt(Voorbeeld voorbeeld) {
        if (voorbeeld.body().isTextual()) {
            // A raw file (a document's upload): its text is its bytes.
            String pad = voorbeeld.pad().replace("{vergunningnummer}", Testdata.aanvraag(GM));
            Response antwoord = als(Rol.VERGUNNINGVERLENER, GM).contentType(voorbeeld.mediatype()).queryParam("soort", "OVERIG")
                    .body(voorbeeld.body().asText().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .request(voorbeeld.methode(), pad);
            assertThat(antwoord.statusCode()).as(antwoord.asString()).isBetween(200, 299);
            return;
        }
        ObjectNode body = voorbeeld.body().deepCopy();
        boolean registratie = voorbeeld.pad().startsWith("/api/v1/registraties")
                || voorbeeld.pad().equals("/api/v1/inzageverzoeken");
        String gemeente = registratie ? Testdata.metRegistratieplicht(GM_REGISTRATIE)
                : body.has("wijziging") ? metRegelsetInWerking() : GM;
        if (body.has("gemeenteCode")) {
            body.put("gemeenteCode", gemeente);
        }
        String exploitant = Testdata.exploitant(gemeente);
        if (body.has("kvkNummer")) {
            body.put("kvkNummer", Testdata.nieuwKvkNummer());
        }
        // Every person in an example is a new one here: a person can hold only one registration.
        String persoon = vervangIdentificaties(body);
        if (body.has("exploitantId")) {
            body.put("exploitantId", exploitant);
        }
        if (body.has("callbackUrl")) {
            // A receiver the test profile allows, instead of the example's municipal address.
            body.put("callbackUrl", nl.sekswerkregister.support.Ontvanger.ontvanger().nieuwPad("voorbeeld"));
        }
        if (body.has("vestigingId")) {
            // Premises of this test's own municipality: those of a fresh application there.
            String href = als(Rol.VERGUNNINGVERLENER, gemeente).get("/api/v1/vergunningen/" + Testdata.aanvraag(gemeente))
                    .then().statusCode(200).extract().path("_links.vestiging.href");
            body.put("vestigingId", href.substring(href.lastIndexOf('/') + 1));
        }
        String pad = voorbeeld.pad().replace("{exploitantId}", exploitant).replace("{gemeenteCode}", gemeente);
        if (pad.contains("{vergunningnummer}/beheerderwijzigingen")) {
            // A change of managers is for a granted licence; a decision on one needs the change first.
            String nummer = Testdata.verleend(gemeente);
            pad = pad.contains("{wijzigingId}")
                    ? pad.replace("/api/v1/vergunningen/{vergunningnummer}/beheerderwijzigingen/{wijzigingId}",
                            Testdata.beheerderwijziging(gemeente, nummer))
                    : pad.replace("{vergunningnummer}", nummer);
        }
        if (pad.contains("{vergunningnummer}")) {
            pad = pad.replace("{vergunningnummer}", vergunningVoor(gemeente, body.path("besluittype").asText("")));
        }
        if (pad.contains("{versie}")) {
            pad = pad.replace("{versie}", String.valueOf(regelsetConcept(gemeente)));
        }
        if (pad.contains("{registratienummer}")) {
            pad = pad.replace("{registratienummer}", registratieVoor(gemeente, body.path("besluittype").asText("")));
        }
        if (pad.contains("{signaleringId}")) {
            pad = pad.replace("{signaleringId}", signaleringVoor(gemeente));
        }
        if (pad.equals("/api/v1/inzageverzoeken") && persoon != null) {
            registreer(gemeente, persoon);
        }
        if (pad.equals("/api/v1/vergunningen") && body.has("overnameVan")) {
            // A transfer names a licence in force of another operator, of the same business type.
            String oud = Testdata.aanvraag(gemeente, Testdata.exploitant(gemeente), body.path("bedrijfstype").asText());
            Testdata.neemBesluit(gemeente, oud, "VERLENEN");
            body.put("overnameVan", oud);
        }
        if (pad.startsWith("/api/v1/vergunningen/") && body.has("beheerders")) {
            String bestaand = als(Rol.VERGUNNINGVERLENER, gemeente).get(pad).then().extract().path("beheerders[0].pseudoniem");
            body.withArray("beheerders").forEach(b -> {
                if (b.has("pseudoniem")) {
                    ((ObjectNode) b).put("pseudoniem", bestaand);
                }
            });
        }
        if (pad.startsWith("/api/v1/sancties")) {
            pad = sanctieVoorbeeld(gemeente, pad, body);
        }
        if (pad.contains("/aanvraag/")) {
            pad = aanvraagVoorbeeld(gemeente, pad, body);
        }
        maakDatumsActueel(body);
        if ("VERLENGEN".equals(body.path("besluittype").asText()) && pad.startsWith("/api/v1/vergunningen/")) {
            // A renewal starts the day after the current term, which Testdata.besluit set at five years.
            LocalDate aansluitend = vandaag().plusYears(5).plusDays(1);
            body.put("ingangsdatum", aansluitend.toString());
            body.put("geldigTot", aansluitend.plusYears(5).minusDays(1).toString());
        }
        String rol = pad.startsWith("/api/v1/landelijke-kaders") ? Rol.LANDELIJK_BEHEERDER
                : pad.startsWith("/api/v1/dataverwerkingen") ? Rol.AUDITOR
                : pad.startsWith("/api/v1/controles") || pad.startsWith("/api/v1/signaleringen") ? Rol.HANDHAVER
                : pad.startsWith("/api/v1/sancties") ? Rol.HANDHAVINGSJURIST : Rol.VERGUNNINGVERLENER;
        var spec = als(rol, gemeente).contentType(voorbeeld.mediatype()).body(body.toString())
                .header("X-Doelbinding", "Voorbeeld uit het contract").header("X-Verwerkingsactiviteit", "Contracttest");
        if (voorbeeld.methode().equals("patch")) {
            spec.header("If-Match", als(Rol.VERGUNNINGVERLENER, gemeente).get(pad).then().extract().header("ETag"));
        }
        Response antwoord = spec.request(voorbeeld.methode(), pad);
        assertThat(antwoord.statusCode()).as(antwoord.asString()).isBetween(200, 299);
    }

    private static synchronized String metRegelsetInWerking() {
        if (!regelsetInWerking) {
            Testdata.gepubliceerdeRegelset(GM_WIJZIGING, vandaag().minusYears(1).toString(),
                    vandaag().plusYears(5).toString(), java.util.Map.of("minimumleeftijd", 18));
            regelsetInWerking = true;
        }
        return GM_WIJZIGING;
    }

    /** A fresh signal, dated before any date in the contract's examples of closing one. */
    private static String signaleringVoor(String gemeente) {
        return als(Rol.HANDHAVER, gemeente).header("X-Doelbinding", "Voorbeeld uit het contract")
                .header("X-Verwerkingsactiviteit", "Contracttest")
                .body(java.util.Map.of("gemeenteCode", gemeente, "bron", "CONTROLE", "datum", "2020-01-01",
                        "advertentie", java.util.Map.of("platform", "voorbeeld.nl", "referentie", "voorbeeld-1")))
                .post("/api/v1/signaleringen").then().statusCode(201).extract().path("signaleringId");
    }

    private static String vergunningVoor(String gemeente, String besluittype) {
        String nummer = Testdata.aanvraag(gemeente);
        if (List.of("SCHORSEN", "INTREKKEN", "SCHORSING_OPHEFFEN", "VERLENGEN").contains(besluittype)) {
            Testdata.neemBesluit(gemeente, nummer, "VERLENEN");
        }
        if (besluittype.equals("SCHORSING_OPHEFFEN")) {
            Testdata.neemBesluit(gemeente, nummer, "SCHORSEN");
        }
        return nummer;
    }

    /** Replaces every BSN and document number in the body by a fresh one; returns the (last) new BSN. */
    private static String vervangIdentificaties(JsonNode node) {
        String laatste = null;
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("bsn")) {
                laatste = nl.sekswerkregister.support.Personen.bsn();
                object.put("bsn", laatste);
            }
            if (object.has("document") && object.get("document").has("nummer")) {
                ((ObjectNode) object.get("document")).put("nummer", "D" + Math.abs(new java.util.SplittableRandom(
                        System.nanoTime()).nextLong() % 100_000_000L));
            }
            for (JsonNode kind : (Iterable<JsonNode>) object::elements) {
                String gevonden = vervangIdentificaties(kind);
                laatste = gevonden == null ? laatste : gevonden;
            }
        } else if (node.isArray()) {
            for (JsonNode kind : node) {
                String gevonden = vervangIdentificaties(kind);
                laatste = gevonden == null ? laatste : gevonden;
            }
        }
        return laatste;
    }

    private static String registreer(String gemeente, String bsn) {
        return als(Rol.VERGUNNINGVERLENER, gemeente).header("X-Doelbinding", "Voorbeeldtest")
                .header("X-Verwerkingsactiviteit", "Voorbeeldtest")
                .body(java.util.Map.of("gemeenteCode", gemeente, "identificatie", java.util.Map.of("bsn", bsn),
                        "geboortedatum", "1990-01-01", "intakedatum", vandaag().minusDays(1).toString()))
                .post("/api/v1/registraties").then().statusCode(201).extract().path("registratienummer");
    }

    private static String registratieVoor(String gemeente, String besluittype) {
        String nummer = registreer(gemeente, nl.sekswerkregister.support.Personen.bsn());
        if (besluittype.equals("SCHORSING_OPHEFFEN")) {
            als(Rol.VERGUNNINGVERLENER, gemeente).header("X-Doelbinding", "Voorbeeldtest")
                    .header("X-Verwerkingsactiviteit", "Voorbeeldtest")
                    .body(java.util.Map.of("besluittype", "SCHORSEN", "motivering", "Voorbereiding."))
                    .post("/api/v1/registraties/" + nummer + "/besluiten").then().statusCode(200);
        }
        return nummer;
    }

    private static int regelsetConcept(String gemeente) {
        return als(Rol.VERGUNNINGVERLENER, gemeente).body(java.util.Map.of("geldigVanaf", "2027-01-01",
                        "bron", "APV (voorbeeldtest)", "regels", java.util.Map.of("minimumleeftijd", 21)))
                .post("/api/v1/gemeenten/" + gemeente + "/regelsets").then().statusCode(201).extract().path("versie");
    }

    /**
     * A sanction example made real: a granted licence of the municipality, its premises and an
     * inspection there (support.Controles, dated as the example needs); a forfeiture goes to a penalty
     * whose compliance deadline has passed, with an inspection after it; a lifting lifts a fresh closure.
     */
    private String sanctieVoorbeeld(String gemeente, String pad, ObjectNode body) {
        String nummer = Testdata.verleend(gemeente);
        String href = als(Rol.VERGUNNINGVERLENER, gemeente).get("/api/v1/vergunningen/" + nummer).then().statusCode(200)
                .extract().path("_links.vestiging.href");
        java.util.UUID vestiging = java.util.UUID.fromString(href.substring(href.lastIndexOf('/') + 1));
        if (pad.contains("{sanctieId}")) {
            var eerder = nl.sekswerkregister.support.Controles.maak(database, gemeente, vestiging, vandaag().minusDays(20));
            java.util.Map<String, Object> dwangsom = new java.util.HashMap<>(java.util.Map.of("soort", "LAST_ONDER_DWANGSOM",
                    "vestigingId", vestiging.toString(), "motivering", "Voorbereiding.", "grondslagen",
                    java.util.List.of(java.util.Map.of("soort", "AWB_5_32", "verwijzing", "art. 5:32 Awb")),
                    "controles", java.util.List.of(eerder.controleId().toString()),
                    "bekendgemaaktOp", vandaag().minusDays(15).toString(), "bedrag", 500, "bedragPer", "OVERTREDING",
                    "maximumbedrag", 5000));
            dwangsom.put("begunstigingstermijnTot", vandaag().minusDays(8).toString());
            String id = sanctie(gemeente, dwangsom);
            var na = nl.sekswerkregister.support.Controles.maak(database, gemeente, vestiging, vandaag().minusDays(2));
            body.put("controleId", na.controleId().toString());
            body.put("datum", vandaag().toString());
            return pad.replace("{sanctieId}", id);
        }
        var controle = nl.sekswerkregister.support.Controles.maak(database, gemeente, vestiging, vandaag().minusDays(1));
        body.put("vestigingId", vestiging.toString());
        if (body.has("vergunningnummer")) {
            body.put("vergunningnummer", nummer);
        }
        if (body.has("controles")) {
            body.putArray("controles").add(controle.controleId().toString());
        }
        if (body.has("bevindingen")) {
            body.putArray("bevindingen").add(controle.bevinding().toString());
        }
        body.put("bekendgemaaktOp", vandaag().toString());
        for (String veld : List.of("begunstigingstermijnTot", "einddatum")) {
            if (body.has(veld)) {
                body.put(veld, vandaag().plusDays(14).toString());
            }
        }
        if (body.has("opheffingVan")) {
            body.put("opheffingVan", sanctie(gemeente, java.util.Map.of("soort", "SLUITING", "vestigingId",
                    vestiging.toString(), "motivering", "Voorbereiding.", "grondslagen", java.util.List.of(
                            java.util.Map.of("soort", "GEMEENTEWET_174", "verwijzing", "art. 174 Gemeentewet")),
                    "controles", java.util.List.of(controle.controleId().toString()), "bekendgemaaktOp",
                    vandaag().toString(), "ingangsdatum", vandaag().toString(), "einddatum", vandaag().plusDays(14).toString())));
        }
        return pad;
    }

    private static String sanctie(String gemeente, java.util.Map<String, Object> body) {
        return als(Rol.HANDHAVINGSJURIST, gemeente).header("X-Doelbinding", "Voorbeeldtest")
                .header("X-Verwerkingsactiviteit", "Voorbeeldtest").body(body).post("/api/v1/sancties")
                .then().statusCode(201).extract().path("sanctieId");
    }

    /**
     * A step on the case of a fresh application received today: its dates today (the recovery period two
     * weeks on), and the steps it needs before it taken first (a request for missing items before a
     * supplement, a started investigation and its request for advice before the advice).
     */
    private static String aanvraagVoorbeeld(String gemeente, String pad, ObjectNode body) {
        for (String veld : List.of("verzochtOp", "aangevuldOp", "verdaagdOp", "gestartOp", "adviesGevraagdOp",
                "adviesOntvangenOp")) {
            if (body.has(veld)) {
                body.put(veld, vandaag().toString());
            }
        }
        if (body.has("hersteltermijnTot")) {
            body.put("hersteltermijnTot", vandaag().plusDays(14).toString());
        }
        String zaak = pad.substring(0, pad.indexOf("/aanvraag/") + "/aanvraag".length());
        var verlener = als(Rol.VERGUNNINGVERLENER, gemeente);
        if (pad.endsWith("/aanvullingen")) {
            verlener.body(java.util.Map.of("verzochtOp", vandaag().toString(), "hersteltermijnTot",
                            vandaag().plusDays(14).toString(), "ontbrekendeStukken", List.of(java.util.Map.of("soort", "VOG"))))
                    .post(zaak + "/onvolledigheden").then().statusCode(200);
        }
        if (pad.contains("{onderzoekId}")) {
            String onderzoek = als(Rol.VERGUNNINGVERLENER, gemeente).body(java.util.Map.of("gestartOp", vandaag().toString()))
                    .post(zaak + "/bibob-onderzoeken").then().statusCode(201).extract().path("id");
            pad = pad.replace("{onderzoekId}", onderzoek);
            if (pad.endsWith("/advies")) {
                als(Rol.VERGUNNINGVERLENER, gemeente).body(java.util.Map.of("adviesGevraagdOp", vandaag().toString()))
                        .post(zaak + "/bibob-onderzoeken/" + onderzoek + "/adviesaanvraag").then().statusCode(200);
            }
        }
        return pad;
    }

    private static void maakDatumsActueel(ObjectNode body) {
        boolean verlenen = "VERLENEN".equals(body.path("besluittype").asText());
        // A decision after the grant takes effect on or after the licence's own start (today here).
        if (body.has("ingangsdatum") && !verlenen) {
            body.put("ingangsdatum", vandaag().toString());
        }
        if (body.has("ingangsdatum") && verlenen && LocalDate.parse(body.get("ingangsdatum").asText()).isBefore(vandaag())) {
            body.put("ingangsdatum", vandaag().toString());
        }
        if (body.has("geldigTot") && LocalDate.parse(body.get("geldigTot").asText()).isBefore(vandaag())) {
            body.put("geldigTot", vandaag().plusYears(5).toString());
        }
    }
}
