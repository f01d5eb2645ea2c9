package nl.sekswerkregister.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The fuzzer's one client: the JDK's HTTP/1.1 client against 127.0.0.1 only. It sends what the
 * generator built and nothing more (no Content-Type or Accept of its own), keeps connections open
 * between requests, and decodes the answer itself. What it will not send (control characters in a
 * header, a malformed %-escape, a chunked body) is the raw HTTP layer's, tested in RauweInvoerIT.
 */
final class Client {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String basis;

    Client(int poort) {
        basis = "http://127.0.0.1:" + poort;
    }

    Antwoord stuur(Verzoek v) throws IOException, InterruptedException {
        byte[] body = v.lichaamBytes();
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + v.doel()))
                .timeout(Duration.ofSeconds(30))
                .method(v.methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String[] k : v.koppen) {
            verzoek.header(k[0], opDeDraad(k[1]));
        }
        HttpResponse<byte[]> antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Antwoord(antwoord.statusCode(), antwoord.headers().map(),
                new String(antwoord.body(), StandardCharsets.UTF_8));
    }

    /** A header value as its UTF-8 bytes: the client writes header text one byte per character. */
    static String opDeDraad(String waarde) {
        return new String(waarde.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
