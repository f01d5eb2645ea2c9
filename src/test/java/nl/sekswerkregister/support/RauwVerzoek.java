package nl.sekswerkregister.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request exactly as given, for what no client library will send (REST Assured always adds a
 * Content-Type to a body). The answer is checked against the contract all the same.
 */
public final class RauwVerzoek {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String methode;
    private final String pad;
    private final Map<String, String> koppen = new LinkedHashMap<>();
    private byte[] body;

    private RauwVerzoek(String methode, String pad) {
        this.methode = methode;
        this.pad = pad;
    }

    public static RauwVerzoek post(String pad) {
        return new RauwVerzoek("POST", pad);
    }

    public RauwVerzoek kop(String naam, String waarde) {
        koppen.put(naam, waarde);
        return this;
    }

    public RauwVerzoek body(String tekst) {
        body = tekst.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Sends the request to the service under test (REST Assured's base URI and port) and checks the answer. */
    public HttpResponse<String> stuur() {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + pad))
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        koppen.forEach(verzoek::header);
        try {
            HttpResponse<String> antwoord = CLIENT.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            Contract.controleerAntwoord(methode, pad, antwoord.statusCode(), antwoord.headers().map(), antwoord.body());
            return antwoord;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
