package nl.sekswerkregister.verpakt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Dienstproces;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proof that documents stream: the packaged service, started with a heap smaller than the file, takes
 * a 50 MB upload and gives it back byte for byte. Holding the file whole anywhere (the body, a byte[]
 * for the hash, a bytea parameter, the driver's buffer) would end in an OutOfMemoryError.
 */
@ExtendWith(VerpakteDienst.class)
class DocumentStreamingIT {

    static final String GM = Eigendom.gemeente(DocumentStreamingIT.class);
    /** Smaller than the file; the smallest heap the service starts and serves with comfortably. */
    static final String HEAP = "-Xmx48m";
    static final int GROOTTE = 50 * 1024 * 1024;
    static final long SEED = Long.getLong("verpakt.seed", 20261208L);

    @Test
    void eenDocumentVanVijftigMegabyteGaatHeelInEnUitBijEenHeapVanAchtenveertig() throws Exception {
        String url = VerpakteDienst.verseDatabase(VerpakteDienst.DATABASE + "_documenten");
        Map<String, String> instellingen = new HashMap<>(VerpakteDienst.databaseInstellingen(url));
        instellingen.putAll(VerpakteDienst.jwtInstellingen());
        instellingen.putAll(VerpakteDienst.pseudoniemsleutels(1, Map.of()));
        instellingen.put("SEKSWERKREGISTER_ONDERTEKENING_SLEUTEL", VerpakteDienst.wegwerpOndertekensleutel());
        Path log = Path.of("target", "verpakt", "dienst-documenten.log");
        try (Dienstproces dienst = Dienstproces.start(instellingen, log, List.of(HEAP))) {
            String basis = "http://127.0.0.1:" + dienst.apiPoort();
            String token = Tokens.voor(Rol.VERGUNNINGVERLENER, GM);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String nummer = aanvraag(client, basis, token);

            MessageDigest verzonden = MessageDigest.getInstance("SHA-256");
            HttpRequest upload = HttpRequest.newBuilder(URI.create(basis + "/api/v1/vergunningen/" + nummer
                            + "/documenten?soort=ONDERNEMINGSPLAN"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                    .header("Accept", "application/json").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new Bestand(GROOTTE, new SplittableRandom(SEED), verzonden)), GROOTTE))
                    .build();
            HttpResponse<String> antwoord = client.send(upload, HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(antwoord.body() + "; zie " + log).isEqualTo(201);
            String sha = HexFormat.of().formatHex(verzonden.digest());
            assertThat(antwoord.body()).contains("\"sha256\":\"" + sha + "\"").contains("\"grootte\":" + GROOTTE);
            String id = veld(antwoord.body(), "documentId");

            HttpRequest download = HttpRequest.newBuilder(URI.create(basis + "/api/v1/vergunningen/" + nummer
                            + "/documenten/" + id + "/inhoud"))
                    .header("Authorization", "Bearer " + token).header("Accept", "*/*").timeout(Duration.ofMinutes(5))
                    .GET().build();
            HttpResponse<InputStream> inhoud = client.send(download, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(inhoud.statusCode()).isEqualTo(200);
            assertThat(inhoud.headers().firstValue("Content-Length")).contains(String.valueOf(GROOTTE));
            MessageDigest ontvangen = MessageDigest.getInstance("SHA-256");
            long gelezen = 0;
            try (InputStream in = inhoud.body()) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    ontvangen.update(buffer, 0, n);
                    gelezen += n;
                }
            }
            assertThat(gelezen).isEqualTo(GROOTTE);
            assertThat(HexFormat.of().formatHex(ontvangen.digest())).isEqualTo(sha);

            // The heap never had room for the file, and nothing ran out of it.
            String metrics = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dienst.beheerPoort()
                    + "/q/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(heap(metrics, "jvm_memory_max_bytes")).isLessThan(GROOTTE);
            assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        }
    }

    private static String aanvraag(HttpClient client, String basis, String token) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String exploitant = veld(post(client, basis + "/api/v1/exploitanten", token,
                json.writeValueAsString(Testdata.exploitantAanmelding(Testdata.nieuwKvkNummer()))), "id");
        String aanvraag = json.writeValueAsString(Testdata.vergunningAanvraag(GM, exploitant, "CLUB"));
        return veld(post(client, basis + "/api/v1/vergunningen", token, aanvraag), "vergunningnummer");
    }

    private static String post(HttpClient client, String url, String token, String json) throws Exception {
        HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(url + ": " + antwoord.body()).isEqualTo(201);
        return antwoord.body();
    }

    private static String veld(String json, String naam) {
        Matcher m = Pattern.compile("\"" + naam + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(naam + " in " + json).isTrue();
        return m.group(1);
    }

    /** The sum of the heap pools' values of a Micrometer gauge. */
    private static double heap(String metrics, String naam) {
        return metrics.lines().filter(l -> l.startsWith(naam + "{") && l.contains("area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** A PDF of {@code lengte} seeded random bytes, made while it is read: the test holds no more of it than the service. */
    static final class Bestand extends InputStream {
        private static final byte[] KOP = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long lengte;
        private final SplittableRandom toeval;
        private final MessageDigest sha256;
        private long positie;

        Bestand(long lengte, SplittableRandom toeval, MessageDigest sha256) {
            this.lengte = lengte;
            this.toeval = toeval;
            this.sha256 = sha256;
        }

        @Override
        public int read() {
            byte[] een = new byte[1];
            return read(een, 0, 1) < 0 ? -1 : een[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int aantal) {
            if (positie >= lengte) {
                return -1;
            }
            int n = (int) Math.min(aantal, lengte - positie);
            for (int i = 0; i < n; i++) {
                long p = positie + i;
                buffer[offset + i] = p < KOP.length ? KOP[(int) p] : (byte) toeval.nextInt(256);
            }
            sha256.update(buffer, offset, n);
            positie += n;
            return n;
        }
    }
}
