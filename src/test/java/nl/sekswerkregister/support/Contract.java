package nl.sekswerkregister.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates every REST Assured call in the suite against the committed contract
 * (openapi/openapi.yaml): every response always, and the request too unless the test sends a
 * deliberately invalid one (marked with {@link #ONGELDIG_VERZOEK}, which is stripped before
 * sending). So the contract cannot promise what the service does not do, or the reverse.
 */
public final class Contract implements OrderedFilter {

    /** Marker header: this request is invalid on purpose; validate only the response. */
    public static final String ONGELDIG_VERZOEK = "X-Test-Ongeldig-Verzoek";

    /**
     * The validator takes the base path from {@code servers[0].url} ({@code /api/v1}) and strips it
     * from a request path before matching the contract's (relative) paths, so the real paths
     * {@code /api/v1/...} match their operations without a base-path override.
     */
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForSpecificationUrl("openapi/openapi.yaml").build();
    private static volatile boolean geinstalleerd;
    private static JsonNode document;

    private Contract() {
    }

    /** Installs the filter once for the whole JVM; safe to call from every test class. */
    public static synchronized void installeer() {
        if (!geinstalleerd) {
            RestAssured.filters(new Contract());
            geinstalleerd = true;
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        boolean alleenAntwoord = request.getHeaders().hasHeaderWithName(ONGELDIG_VERZOEK);
        request.removeHeader(ONGELDIG_VERZOEK);
        Response response = ctx.next(request, responseSpec);
        String pad = pad(request);
        if (!pad.startsWith("/api/v1/") || pad.endsWith("/")) {
            // Health and metrics are operational endpoints outside the contract; trailing-slash
            // paths are deliberately not routes (the tests assert their 404 problem themselves).
            return response;
        }
        ValidationReport rapport = alleenAntwoord
                ? VALIDATOR.validateResponse(pad(request), methode(request), RestAssuredResponse.of(response))
                : VALIDATOR.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        if (response.getStatusCode() == 404 || response.getStatusCode() == 405) {
            // A route the contract does not know, answered as not found / not allowed: that is the
            // expected answer, not drift. Only the problem body's shape is left to the test.
            rapport = ValidationReport.from(rapport.getMessages().stream()
                    .filter(m -> !m.getKey().endsWith("path.missing")
                            && !m.getKey().equals("validation.request.operation.notAllowed"))
                    .toList());
        }
        vereisGeenAfwijking(request.getMethod(), pad, response.getStatusCode(), rapport, response.asString());
        return response;
    }

    /**
     * Validates an answer to a request that was sent outside REST Assured (a raw request that no client
     * library would send, such as a body without Content-Type): the answer still has to match the
     * contract.
     */
    public static void controleerAntwoord(String methode, String pad, int status, Map<String, List<String>> koppen,
                                          String body) {
        SimpleResponse.Builder antwoord = SimpleResponse.Builder.status(status).withBody(body);
        koppen.forEach((naam, waarden) -> antwoord.withHeader(naam, waarden));
        ValidationReport rapport = VALIDATOR.validateResponse(pad,
                com.atlassian.oai.validator.model.Request.Method.valueOf(methode.toUpperCase()), antwoord.build());
        vereisGeenAfwijking(methode, pad, status, rapport, body);
    }

    private static void vereisGeenAfwijking(String methode, String pad, int status, ValidationReport rapport, String body) {
        if (rapport.hasErrors()) {
            throw new AssertionError("Afwijking van het contract bij " + methode + " " + pad + " (status " + status
                    + "):\n" + rapport.getMessages().stream().map(m -> " - " + m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")) + "\nbody: " + body);
        }
    }

    /** The committed contract (openapi/openapi.yaml) as a tree, read once. */
    public static synchronized JsonNode document() {
        if (document == null) {
            try {
                document = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    /** The server URL ({@code /api/v1}): the contract's paths are relative to it, the service's routes are not. */
    public static String basispad() {
        return document().path("servers").path(0).path("url").asText();
    }

    /** Follows a local {@code $ref} ({@code #/...}, JSON pointer escapes included) to its target. */
    public static JsonNode los(JsonNode contract, JsonNode node) {
        JsonNode doel = node;
        for (int sprongen = 0; doel.has("$ref"); sprongen++) {
            if (sprongen > 20) {
                throw new IllegalStateException("$ref-keten zonder einde bij " + node);
            }
            doel = contract.at(doel.get("$ref").asText().substring(1));
            if (doel.isMissingNode()) {
                throw new IllegalStateException("$ref zonder doel: " + node.get("$ref").asText());
            }
        }
        return doel;
    }

    private static String pad(FilterableRequestSpecification request) {
        return java.net.URI.create(request.getURI()).getRawPath();
    }

    private static com.atlassian.oai.validator.model.Request.Method methode(FilterableRequestSpecification request) {
        return com.atlassian.oai.validator.model.Request.Method.valueOf(request.getMethod().toUpperCase());
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }
}
