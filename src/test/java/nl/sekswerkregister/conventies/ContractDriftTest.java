package nl.sekswerkregister.conventies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Resources;
import org.junit.jupiter.api.Test;

/**
 * The committed contract, the served contract and the implemented routes are one and the same.
 * (Request and response shapes are checked on every call by the Contract filter.)
 */
@QuarkusTest
class ContractDriftTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        Api.anoniem();
    }

    @Test
    void hetGeserveerdeContractIsHetGecommitteerdeContract() throws IOException {
        JsonNode gecommitteerd = YAML.readTree(new File("openapi/openapi.yaml"));
        String geserveerd = given().get("/api/v1/openapi.json").then().statusCode(200)
                .contentType("application/json").extract().asString();
        List<String> verschillen = new ArrayList<>();
        vergelijk("", gecommitteerd, JSON.readTree(geserveerd), verschillen);
        assertThat(verschillen).as("verschillen tussen openapi/openapi.yaml en /api/v1/openapi.json").isEmpty();
    }

    /** JSON pointers where the two documents differ, so a failure says where, not just that. */
    static void vergelijk(String pad, JsonNode a, JsonNode b, List<String> verschillen) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType() || a.isValueNode()) {
            if (a == null || b == null || !a.equals(b)) {
                if (a != null && b != null && a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0) {
                    return;
                }
                verschillen.add(pad + ": " + a + " <> " + b);
            }
            return;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                verschillen.add(pad + ": lengte " + a.size() + " <> " + b.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                vergelijk(pad + "/" + i, a.get(i), b.get(i), verschillen);
            }
            return;
        }
        Set<String> velden = new TreeSet<>();
        a.fieldNames().forEachRemaining(velden::add);
        b.fieldNames().forEachRemaining(velden::add);
        for (String veld : velden) {
            vergelijk(pad + "/" + veld, a.get(veld), b.get(veld), verschillen);
        }
    }

    @Test
    void elkeGeimplementeerdeRouteStaatInHetContractEnOmgekeerd() throws IOException {
        JsonNode contract = YAML.readTree(new File("openapi/openapi.yaml"));
        JsonNode paden = contract.get("paths");
        // The contract's paths are relative to its server URL (/api/v1); the routes are not.
        String server = contract.path("servers").path(0).path("url").asText();
        Set<String> inContract = new TreeSet<>();
        Iterator<String> namen = paden.fieldNames();
        while (namen.hasNext()) {
            String pad = namen.next();
            paden.get(pad).fieldNames().forEachRemaining(methode -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(methode)) {
                    inContract.add(methode.toUpperCase() + " " + server + pad);
                }
            });
        }
        inContract.remove("GET /api/v1/openapi.json");
        // Pages (HTML for people, issue 17) are no operations of the API: outside its base path and
        // only text/html. Everything else is API and must be in the contract, and the other way round.
        assertThat(Resources.routes(methode -> !isPagina(methode))).isEqualTo(inContract);
        assertThat(Resources.routes(ContractDriftTest::isPagina)).allSatisfy(route ->
                assertThat(route.substring(route.indexOf(' ') + 1)).doesNotStartWith(server + "/"));
    }

    /** A page: the method (or its class) produces HTML and nothing else. */
    static boolean isPagina(java.lang.reflect.Method methode) {
        jakarta.ws.rs.Produces produces = methode.isAnnotationPresent(jakarta.ws.rs.Produces.class)
                ? methode.getAnnotation(jakarta.ws.rs.Produces.class)
                : methode.getDeclaringClass().getAnnotation(jakarta.ws.rs.Produces.class);
        return produces != null
                && java.util.Arrays.equals(produces.value(), new String[] {jakarta.ws.rs.core.MediaType.TEXT_HTML});
    }
}
