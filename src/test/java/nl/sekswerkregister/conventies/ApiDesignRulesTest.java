package nl.sekswerkregister.conventies;

import static io.restassured.RestAssured.given;
import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.anoniem;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Voorbeelden;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance with the NL API Design Rules (ADR 2.x, Logius) that this API follows, checked over
 * the served contract and over live responses. Rule ids in the test names.
 */
@QuarkusTest
class ApiDesignRulesTest {

    static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    static final List<String> METHODES = List.of("get", "post", "put", "patch", "delete");
    static JsonNode contract;

    /**
     * The management interface's port in tests: 9001, unless moved (QUARKUS_MANAGEMENT_TEST_PORT) to
     * run beside another suite on the same machine. {@code @TestHTTPResource(management = true)} does
     * not follow a moved port in this Quarkus version: it kept saying 9001.
     */
    @ConfigProperty(name = "quarkus.management.test-port")
    int beheerpoort;

    @BeforeAll
    static void leesContract() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
    }

    // ---- over the contract ----

    @Test
    void coreDocOpenapiContactEnSemver() {
        JsonNode info = contract.get("info");
        assertThat(info.path("contact").path("name").asText()).isNotBlank();
        assertThat(info.path("contact").path("email").asText()).contains("@");
        assertThat(info.path("contact").path("url").asText()).startsWith("https://");
        assertThat(info.path("version").asText()).matches(SEMVER);
        assertThat(contract.path("openapi").asText()).startsWith("3.");
    }

    @Test
    void coreUriVersionInDeServerUrlEnServersViaHttps() {
        // The major version sits in the server URL and the paths are relative to it. A relative URL
        // resolves against where the contract is served (/api/v1/openapi.json), so it is right in
        // every environment; an absolute one must be https (/core/transport/tls).
        String hoofdversie = contract.path("info").path("version").asText().split("\\.")[0];
        JsonNode servers = contract.path("servers");
        assertThat(servers).as("servers").isNotEmpty();
        for (JsonNode server : servers) {
            String url = server.path("url").asText();
            assertThat(url).as("server-URL").matches("(/|https://).*").endsWith("/v" + hoofdversie);
            assertThat(server.path("description").asText()).as("omschrijving van " + url).isNotBlank();
        }
        // The service's routes and the links it returns sit under this prefix.
        assertThat(servers.get(0).path("url").asText()).isEqualTo("/api/v1");
    }

    @Test
    void coreUriVersionNietHerhaaldInDePadenEnPadsegmentenInKebabCaseZonderSlashAanHetEind() {
        contract.get("paths").fieldNames().forEachRemaining(pad -> {
            assertThat(pad).as(pad).startsWith("/").doesNotStartWith("/api/").doesNotContainPattern("/v[0-9]+(/|$)");
            assertThat(pad).as(pad).doesNotEndWith("/");
            for (String segment : pad.substring(1).split("/")) {
                if (!segment.startsWith("{")) {
                    assertThat(segment).as("segment van " + pad).matches("_?[a-z0-9]+(-[a-z0-9]+)*(\\.json)?");
                }
            }
        });
    }

    @Test
    void coreQueryKeysCamelCaseEnNaamgevingInHetNederlands() {
        for (JsonNode operatie : operaties()) {
            for (JsonNode parameter : operatie.path("parameters")) {
                JsonNode p = parameter.has("$ref") ? ref(parameter.get("$ref").asText()) : parameter;
                if ("query".equals(p.path("in").asText())) {
                    assertThat(p.get("name").asText()).matches("[a-z][a-zA-Z0-9]*");
                }
            }
            assertThat(operatie.path("description").asText()).as("omschrijving van " + operatie.path("operationId"))
                    .isNotBlank();
        }
    }

    /**
     * Invalid input is 400, never 422. The one 422 is a registration the law does not allow today (no
     * registration duty in force, or a repeat interview first): a well-formed request that would succeed
     * once the rule is in force, never invalid input. The lead asked for 422 there (issue 12), and for an
     * inspection's finding that does not apply that day (issue 14).
     */
    @Test
    void coreErrorHandlingElkeOperatieMetInvoerDocumenteert400EnNooit422() {
        for (JsonNode operatie : operaties()) {
            boolean heeftInvoer = operatie.has("requestBody") || operatie.path("parameters").size() > 0;
            JsonNode antwoorden = operatie.get("responses");
            if (heeftInvoer) {
                assertThat(antwoorden.has("400")).as("400 bij " + operatie.path("operationId")).isTrue();
            }
            // The well-formed requests refused on what the law or the stored data allow, and their codes.
            Map<String, List<String>> toegestaan = Map.of(
                    "RegistratieNietToegestaan", List.of("geen-registratieplicht", "herhaalgesprek-vereist"),
                    // An inspection's finding the rules of that day give no basis for (issue 14).
                    "ControleNietVastTeLeggen", List.of("bevinding-niet-van-toepassing"));
            String antwoord = Map.of("registreer", "RegistratieNietToegestaan", "legControleVast", "ControleNietVastTeLeggen")
                    .get(operatie.path("operationId").asText());
            if (antwoord != null) {
                JsonNode niet = contract.at("/components/responses/" + antwoord + "/content/application~1problem+json/examples");
                List<String> codes = new ArrayList<>();
                niet.forEach(v -> codes.add(v.path("value").path("code").asText()));
                assertThat(antwoorden.path("422").path("$ref").asText()).endsWith("/" + antwoord);
                assertThat(codes).containsExactlyInAnyOrderElementsOf(toegestaan.get(antwoord));
            } else {
                assertThat(antwoorden.has("422")).as("422 bij " + operatie.path("operationId")).isFalse();
            }
        }
    }

    @Test
    void elkVerzoekmediatypeHeeftEenBruikbaarVoorbeeld() {
        // Integrators start from the example of a request body: its own, or where it has none (see
        // Voorbeelden for why some have none) the one documentation tools compose from the schema,
        // which must then hold every required property. ContractVoorbeeldenTest sends them all.
        List<String> zonder = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(pad -> METHODES.forEach(m -> {
            JsonNode body = pad.getValue().path(m).path("requestBody");
            body = body.has("$ref") ? ref(body.get("$ref").asText()) : body;
            body.path("content").fields().forEachRemaining(media -> {
                if (Voorbeelden.van(contract, media.getValue()).isEmpty() && !Voorbeelden.isBinair(media.getValue())) {
                    zonder.add(m.toUpperCase() + " " + pad.getKey() + " " + media.getKey());
                }
            });
        }));
        assertThat(zonder).as("verzoekmediatypen zonder bruikbaar voorbeeld").isEmpty();
    }

    @Test
    void eenMediatypeZonderEigenVoorbeeldHeeftEenVoorbeeldBijElkVeld() {
        // A media type without an example of its own (see Voorbeelden for why there are some) is
        // shown with the example that documentation tools compose from its schema; a field without
        // an example would appear there as a placeholder such as "string". An example on an object
        // covers everything below it.
        List<String> zonder = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(pad -> METHODES.forEach(m -> {
            JsonNode op = pad.getValue().path(m);
            List<JsonNode> inhouden = new ArrayList<>();
            inhouden.add(los(op.path("requestBody")).path("content"));
            op.path("responses").forEach(antwoord -> inhouden.add(los(antwoord).path("content")));
            for (JsonNode inhoud : inhouden) {
                inhoud.fields().forEachRemaining(media -> {
                    if (!media.getValue().has("example") && !media.getValue().has("examples")
                            && !Voorbeelden.isBinair(media.getValue())) {
                        zonderVoorbeeld(media.getValue().path("schema"), m.toUpperCase() + " " + pad.getKey() + " "
                                + media.getKey() + " ", zonder, new ArrayList<>());
                    }
                });
            }
        }));
        assertThat(zonder).as("velden zonder voorbeeld in een mediatype zonder eigen voorbeeld").isEmpty();
    }

    private static void zonderVoorbeeld(JsonNode schema, String waar, List<String> zonder, List<String> refs) {
        if (schema.has("$ref")) {
            String doel = schema.get("$ref").asText();
            if (!refs.contains(doel)) {
                refs.add(doel);
                zonderVoorbeeld(ref(doel), waar, zonder, refs);
                refs.remove(refs.size() - 1);
            }
            return;
        }
        if (schema.has("example") || schema.has("default") || schema.has("enum")) {
            return;
        }
        schema.path("allOf").forEach(deel -> zonderVoorbeeld(deel, waar, zonder, refs));
        if (schema.has("items")) {
            zonderVoorbeeld(schema.get("items"), waar + "[]", zonder, refs);
        } else if (schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(e ->
                    zonderVoorbeeld(e.getValue(), waar + (waar.endsWith(" ") ? "" : ".") + e.getKey(), zonder, refs));
        } else if (!schema.has("allOf") && !"object".equals(schema.path("type").asText())) {
            zonder.add(waar.strip());
        }
    }

    private static JsonNode los(JsonNode node) {
        return node.has("$ref") ? ref(node.get("$ref").asText()) : node;
    }

    /**
     * Mirrors the official ADR linter rule nlgov:problem-invalid-input (Logius' Spectral ruleset),
     * which the contract must pass without errors. The rule runs on the document with every
     * {@code $ref} resolved, and its JSONPath, {@code $.paths..[?(@property.match(/(put)|(post)|(patch)/))]},
     * matches every member below paths whose NAME merely contains put, post or patch, not only
     * operations; likewise get or delete when the member has parameters. Each match must be an
     * object whose {@code responses}, if any, include 400. So a member {@code postcode} in the example
     * of an address, a string, failed it: ten times, in the examples of the exploitant and vergunning
     * media types (which now compose their examples from the schema instead, see Voorbeelden).
     */
    @Test
    void nlgovProblemInvalidInputOokVoorNamenInVoorbeelden() {
        JsonNode opgelost = losAllesOp(contract, new ArrayDeque<>());
        List<String> fouten = new ArrayList<>();
        problemInvalidInput(opgelost.get("paths"), "paths", fouten);
        assertThat(fouten).as("nlgov:problem-invalid-input (namen met put/post/patch, of get/delete met parameters)")
                .isEmpty();
    }

    static final Pattern SCHRIJVEND = Pattern.compile("(put)|(post)|(patch)");
    static final Pattern LEZEND = Pattern.compile("(get)|(delete)");

    private static void problemInvalidInput(JsonNode node, String pad, List<String> fouten) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String naam = e.getKey();
                JsonNode waarde = e.getValue();
                JsonNode parameters = waarde.path("parameters");
                // "@.parameters.length > 0" in the rule: a non-empty array (or string).
                boolean metParameters = parameters.isArray() ? parameters.size() > 0
                        : parameters.isTextual() && !parameters.asText().isEmpty();
                if (SCHRIJVEND.matcher(naam).find() || (LEZEND.matcher(naam).find() && metParameters)) {
                    if (!waarde.isObject()) {
                        fouten.add(pad + "." + naam + ": " + waarde.getNodeType() + " in plaats van een object");
                    } else if (waarde.has("responses")
                            && (!waarde.get("responses").isObject() || !waarde.get("responses").has("400"))) {
                        fouten.add(pad + "." + naam + ": responses zonder 400");
                    }
                }
                problemInvalidInput(waarde, pad + "." + naam, fouten);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                problemInvalidInput(node.get(i), pad + "[" + i + "]", fouten);
            }
        }
    }

    /**
     * A copy of the node with every local {@code $ref} replaced by (a resolved copy of) its target,
     * as the linter sees the document. A {@code $ref} back into a target still being resolved (a
     * cycle) is left as it is.
     */
    private static JsonNode losAllesOp(JsonNode node, Deque<String> bezig) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                String doel = ref.asText();
                if (bezig.contains(doel)) {
                    return node.deepCopy();
                }
                bezig.push(doel);
                try {
                    return losAllesOp(contract.at(doel.substring(1)), bezig);
                } finally {
                    bezig.pop();
                }
            }
            ObjectNode kopie = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> kopie.set(e.getKey(), losAllesOp(e.getValue(), bezig)));
            return kopie;
        }
        if (node.isArray()) {
            ArrayNode kopie = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> kopie.add(losAllesOp(element, bezig)));
            return kopie;
        }
        return node;
    }

    @Test
    void coreVersionHeaderOpElkAntwoordInHetContract() {
        for (JsonNode operatie : operaties()) {
            operatie.get("responses").fields().forEachRemaining(e -> {
                JsonNode antwoord = e.getValue().has("$ref") ? ref(e.getValue().get("$ref").asText()) : e.getValue();
                assertThat(antwoord.path("headers").has("API-Version"))
                        .as("API-Version bij " + operatie.path("operationId") + " " + e.getKey()).isTrue();
                if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                    assertThat(antwoord.path("content").has("application/problem+json"))
                            .as("problem+json bij " + operatie.path("operationId") + " " + e.getKey()).isTrue();
                }
            });
        }
    }

    @Test
    void coreTransportNoSensitiveUrisZoekenGaatViaPostZoek() {
        // No path or query parameter may carry a BSN, pseudonym or person's name.
        for (JsonNode operatie : operaties()) {
            for (JsonNode parameter : operatie.path("parameters")) {
                JsonNode p = parameter.has("$ref") ? ref(parameter.get("$ref").asText()) : parameter;
                assertThat(p.path("name").asText().toLowerCase()).doesNotContain("bsn", "pseudoniem", "naam");
            }
        }
    }

    @Test
    void apiVersionInDeHeaderIsInfoVersion() {
        anoniem().get("/api/v1/openapi.json").then().header("API-Version", contract.get("info").get("version").asText());
    }

    // ---- over live responses ----

    @Test
    void coreVersionHeaderEnSecurityHeadersOpElkAntwoord() {
        List<Response> antwoorden = new ArrayList<>();
        antwoorden.add(als(Rol.AUDITOR).get("/api/v1/gemeenten/GM0363"));
        antwoorden.add(ongeldig(anoniem()).get("/api/v1/gemeenten"));
        antwoorden.add(ongeldig(als(Rol.AUDITOR)).get("/api/v1/gemeenten/GM9999"));
        antwoorden.add(given().get("/api/v1/bestaat-niet"));
        antwoorden.add(given().delete("/api/v1/gemeenten"));
        antwoorden.add(given().get("/q/health/ready"));  // not on the API port: a 404 problem
        antwoorden.add(given().get("/api/v1/openapi.json"));
        for (Response r : antwoorden) {
            r.then().header("API-Version", contract.get("info").get("version").asText())
                    .header("Cache-Control", "no-store")
                    .header("Content-Security-Policy", "frame-ancestors 'none'")
                    .header("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age="))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY");
        }
        assertThat(antwoorden).extracting(Response::statusCode).containsExactly(200, 401, 404, 404, 405, 404, 200);
    }

    @Test
    void coreNoTrailingSlash() {
        for (String pad : List.of("/api/v1/gemeenten/", "/api/v1/vergunningen/", "/api/v1/exploitanten/")) {
            given().header("Authorization", "Bearer " + nl.sekswerkregister.support.Tokens.voor(Rol.AUDITOR))
                    .get(pad).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void corePublishOpenapiZonderAuthenticatieMetCorsAlleenDaar() {
        given().header("Origin", "https://andere-overheid.example").get("/api/v1/openapi.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        als(Rol.AUDITOR).header("Origin", "https://andere-overheid.example").get("/api/v1/gemeenten/GM0363")
                .then().statusCode(200).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void hetContractStaatOpPreciesEenAdresEnIsAlleenTeLezen() {
        given().get("/api/v1/openapi.yaml").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/openapi").then().statusCode(404);
        given().body("{}").post("/api/v1/openapi.json").then().statusCode(405).header("Allow", "GET, HEAD")
                .contentType("application/problem+json");
    }

    @Test
    void coreErrorHandlingProblemDetailsEnHideImplementation() {
        List<Response> fouten = List.of(
                ongeldig(als(Rol.VERGUNNINGVERLENER, "GM0363")).body("{\"kvkNummer\": ").post("/api/v1/exploitanten"),
                ongeldig(als(Rol.VERGUNNINGVERLENER, "GM0363")).body(Map.of("onzin", List.of(1, 2))).post("/api/v1/exploitanten"),
                ongeldig(als(Rol.VERGUNNINGVERLENER, "GM0363")).body(Map.of("kvkNummer", 12345678)).post("/api/v1/exploitanten"),
                ongeldig(als(Rol.AUDITOR)).get("/api/v1/vergunningen/x'%20or%201=1"),
                given().delete("/api/v1/gemeenten"),
                given().get("/api/v1/onbekend"));
        for (Response r : fouten) {
            r.then().contentType("application/problem+json");
            Map<String, Object> probleem = r.jsonPath().getMap("");
            assertThat(probleem).containsKeys("type", "title", "status", "detail", "instance", "code");
            assertThat(probleem.get("status")).isEqualTo(r.statusCode());
            assertThat((String) probleem.get("instance")).startsWith("urn:uuid:");
            assertThat(r.asString()).doesNotContainPattern("(?i)(java\\.|jakarta\\.|quarkus|hibernate|jackson|"
                    + "resteasy|vertx|exception|\\bat [a-z]+\\.|select |insert |postgres)");
        }
        assertThat(fouten).extracting(Response::statusCode).containsExactly(400, 400, 400, 400, 405, 404);
    }

    @Test
    void coreErrorHandlingInvalidInputIs400NooitEen422() {
        ongeldig(als(Rol.VERGUNNINGVERLENER, "GM0363"))
                .body(Testdata.exploitantAanmelding("abc"))
                .post("/api/v1/exploitanten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kvkNummer"));
    }

    /** Health and metrics are on the management interface (its own port), not on the API's. */
    @Test
    void healthEnMetricsOpDeBeheerpoort() {
        String beheer = "http://localhost:" + beheerpoort + "/q";
        given().get(beheer + "/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get(beheer + "/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")));
        given().get(beheer + "/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("http_server_requests_seconds"));
        for (String pad : List.of("/q/health/ready", "/q/metrics")) {
            ongeldig(given()).get(pad).then().statusCode(404).contentType("application/problem+json");
        }
    }

    private static List<JsonNode> operaties() {
        List<JsonNode> lijst = new ArrayList<>();
        contract.get("paths").forEach(pad -> METHODES.forEach(m -> {
            if (pad.has(m)) {
                lijst.add(pad.get(m));
            }
        }));
        return lijst;
    }

    private static JsonNode ref(String ref) {
        JsonNode node = contract;
        for (String deel : ref.substring(2).split("/")) {
            node = node.get(deel);
        }
        return node;
    }
}
