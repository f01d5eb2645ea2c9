package nl.sekswerkregister.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import nl.sekswerkregister.support.Contract;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What no HTTP client sends, byte for byte against the packaged service: invalid UTF-8 and lone
 * surrogates in JSON, duplicate keys, malformed percent escapes, unnormalised paths, oversized and
 * chunked bodies, request smuggling shapes, the request line and header limits, control characters
 * in headers. One defect class per test, each from the fuzzer that came before ContractFuzzIT.
 * Whatever arrives: no 5xx, an error is problem+json valid under the contract (except the refusals
 * the contract leaves to the HTTP layer: 400, 414, 431 without body), and nothing is written.
 */
@ExtendWith(VerpakteDienst.class)
// After the other *IT classes (pom.xml, Failsafe): what the fuzzers send may leave raw paths in the
// service's metrics (requests refused by the HTTP codec), and VerpakteDienstIT checks those as a whole.
@Order(Integer.MAX_VALUE)
class RauweInvoerIT {

    static final String GM = "GM0363";
    static Vingerafdruk db;

    @BeforeAll
    static void verbind() throws Exception {
        db = new Vingerafdruk(VerpakteDienst.databaseUrl(), VerpakteDienst.gebruiker(), VerpakteDienst.wachtwoord());
    }

    @AfterAll
    static void sluit() throws Exception {
        db.close();
    }

    static String token(String rol) {
        return Tokens.voor(rol, rol.equals("vergunningverlener") ? GM : null);
    }

    static RauweVerbinding.Antwoord stuur(String methode, String doel, String rol, List<String> koppen, byte[] body)
            throws Exception {
        StringBuilder kop = new StringBuilder(methode + " " + doel + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json");
        if (rol != null) {
            kop.append("\r\nAuthorization: Bearer ").append(token(rol));
        }
        for (String k : koppen) {
            kop.append("\r\n").append(k);
        }
        if (body != null && koppen.stream().noneMatch(k -> k.toLowerCase().startsWith("transfer-encoding")
                || k.toLowerCase().startsWith("content-length"))) {
            kop.append("\r\nContent-Length: ").append(body.length);
        }
        return RauweVerbinding.stuur(VerpakteDienst.apiPoort(), kop.toString(), body);
    }

    /**
     * An error from the API: problem+json, sound, without traces, valid under the contract for the
     * operation at {@code pad} (null for a path that is no route at all).
     */
    static JsonNode probleem(RauweVerbinding.Antwoord a, String methode, String pad, int status) throws Exception {
        assertThat(a.status()).as(methode + " " + pad).isEqualTo(status);
        assertThat(a.kop("content-type")).as("Content-Type van " + status).startsWith("application/problem+json");
        Antwoord zelfde = new Antwoord(a.status(), a.koppen(), a.body());
        assertThat(Keuring.probleemFout(zelfde)).as("probleem").isNull();
        assertThat(Keuring.LEKKEN).noneMatch(a.body()::contains);
        if (pad != null) {
            Contract.controleerAntwoord(methode, pad, a.status(), a.koppen(), a.body());
        }
        return Keuring.JSON.readTree(a.body());
    }

    /** A refusal by the HTTP layer, before the API (the contract's info names them): that status, no body. */
    static void transportweigering(RauweVerbinding.Antwoord a, int status) {
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.body()).isEmpty();
    }

    static byte[] exploitant(byte[] inDeNaam) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("{\"kvkNummer\":\"" + Testdata.nieuwKvkNummer() + "\",\"statutaireNaam\":\"A").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(inDeNaam);
        b.writeBytes(("B\",\"correspondentieadres\":{\"straatnaam\":\"Damrak\",\"huisnummer\":1,\"postcode\":\"1012LG\","
                + "\"woonplaats\":\"Amsterdam\"}}").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    static final List<String> JSON = List.of("Content-Type: application/json");

    @Test
    void ongeldigeUtf8IsEen400DatHetVeldNoemt() throws Exception {
        String stand = db.neem();
        for (byte[] slecht : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            JsonNode p = probleem(stuur("POST", "/api/v1/exploitanten", "vergunningverlener", JSON, exploitant(slecht)),
                    "POST", "/api/v1/exploitanten", 400);
            assertThat(p.at("/invalidParams/0/name").asText()).isEqualTo("statutaireNaam");
        }
        String utf16 = new String(exploitant(new byte[0]), StandardCharsets.UTF_8);
        probleem(stuur("POST", "/api/v1/exploitanten", "vergunningverlener", JSON, utf16.getBytes(StandardCharsets.UTF_16)),
                "POST", "/api/v1/exploitanten", 400);
        assertThat(db.neem()).isEqualTo(stand);
    }

    @Test
    void eenzameSurrogatenZijnEen400DatHetVeldNoemt() throws Exception {
        String stand = db.neem();
        for (String escape : List.of("\\uD800", "a\\uDC00b", "\\uDFFF\\uD800", "\\uD83D")) {
            JsonNode p = probleem(stuur("POST", "/api/v1/exploitanten", "vergunningverlener", JSON,
                    exploitant(escape.getBytes(StandardCharsets.US_ASCII))), "POST", "/api/v1/exploitanten", 400);
            assertThat(p.at("/invalidParams/0/name").asText()).isEqualTo("statutaireNaam");
        }
        assertThat(db.neem()).isEqualTo(stand);
    }

    @Test
    void dubbeleSleutelsZijnEen400() throws Exception {
        String stand = db.neem();
        String kvk = Testdata.nieuwKvkNummer();
        for (String body : List.of(
                "{\"kvkNummer\":\"" + kvk + "\",\"kvkNummer\":\"" + Testdata.nieuwKvkNummer() + "\",\"statutaireNaam\":\"X\","
                        + "\"correspondentieadres\":{\"straatnaam\":\"D\",\"huisnummer\":1,\"postcode\":\"1012LG\",\"woonplaats\":\"A\"}}",
                "{\"kvkNummer\":\"" + kvk + "\",\"statutaireNaam\":\"X\",\"correspondentieadres\":{\"straatnaam\":\"D\","
                        + "\"straatnaam\":\"E\",\"huisnummer\":1,\"postcode\":\"1012LG\",\"woonplaats\":\"A\"}}")) {
            probleem(stuur("POST", "/api/v1/exploitanten", "vergunningverlener", JSON, body.getBytes(StandardCharsets.UTF_8)),
                    "POST", "/api/v1/exploitanten", 400);
        }
        assertThat(db.neem()).isEqualTo(stand);
    }

    @Test
    void misvormdePercentcoderingKomtNietVoorbijDeHttpLaag() throws Exception {
        for (String doel : List.of("/api/v1/vergunningen/%zz", "/api/v1/gemeenten/GM0363%", "/api/v1/gemeenten?provincie=%",
                "/api/v1/gemeenten?provincie=%zz", "/api/v1/gemeenten?%zz=1", "/api/v1/gemeenten/%4")) {
            transportweigering(stuur("GET", doel, "auditor", List.of(), null), 400);
        }
        // Well-formed escapes of bytes that are no UTF-8 (overlong, a surrogate, FF) reach the API: 400, naming the parameter.
        for (String waarde : List.of("%C0%AE%C0%AE", "%ED%A0%80", "%FF%FE", "GM0363%00")) {
            JsonNode p = probleem(stuur("GET", "/api/v1/gemeenten/" + waarde, "auditor", List.of(), null),
                    "GET", "/api/v1/gemeenten/" + waarde, 400);
            assertThat(p.at("/invalidParams/0/name").asText()).isEqualTo("gemeenteCode");
            p = probleem(stuur("GET", "/api/v1/gemeenten?provincie=" + waarde, "auditor", List.of(), null),
                    "GET", "/api/v1/gemeenten", 400);
            assertThat(p.at("/invalidParams/0/name").asText()).isEqualTo("provincie");
        }
    }

    @Test
    void eenOngenormaliseerdPadIsDezelfdeResourceMetDezelfdeToegang() throws Exception {
        String pad = "/api/v1/dataverwerkingen";
        for (String vorm : List.of("/api/v1//dataverwerkingen", "/api/v1/./dataverwerkingen", "/api/v1/x/../dataverwerkingen",
                "/api/v1/%2e%2e/v1/dataverwerkingen", "//api/v1/dataverwerkingen", "/api/v2/../v1/dataverwerkingen")) {
            for (String rol : new String[] {"auditor", "vergunningverlener", null}) {
                int verwacht = stuur("GET", pad, rol, List.of(), null).status();
                assertThat(stuur("GET", vorm, rol, List.of(), null).status()).as(vorm + " als " + rol).isEqualTo(verwacht);
            }
        }
        // Out of /api/v1: health and metrics live on the management port only.
        for (String vorm : List.of("/api/v1/../../q/metrics", "/api/v1/%2e%2e/%2e%2e/q/health/ready", "/q/metrics")) {
            assertThat(stuur("GET", vorm, "auditor", List.of(), null).status()).as(vorm).isEqualTo(404);
        }
        // Matrix parameters and trailing slashes are no routes.
        for (String vorm : List.of("/api/v1/gemeenten;a=b", "/api/v1/gemeenten/GM0363;jsessionid=1", "/api/v1/gemeenten/")) {
            probleem(stuur("GET", vorm, "auditor", List.of(), null), "GET", null, 404);
        }
        // A write through an unnormalised path is the same write: refused, nothing written.
        String stand = db.neem();
        probleem(stuur("POST", "/api/v1/x/../exploitanten", "vergunningverlener", JSON, "{}".getBytes(StandardCharsets.UTF_8)),
                "POST", "/api/v1/exploitanten", 400);
        assertThat(db.neem()).isEqualTo(stand);
    }

    @Test
    void eenBodyBoven64KiBIs413OokGechunkt() throws Exception {
        String stand = db.neem();
        byte[] groot = ("{" + " ".repeat(65_546) + "\"kvkNummer\":\"1\"}").getBytes(StandardCharsets.UTF_8);
        byte[] heelGroot = ("{" + " ".repeat(1_100_000) + "}").getBytes(StandardCharsets.UTF_8);
        probleem(stuur("POST", "/api/v1/exploitanten", "vergunningverlener", JSON, groot), "POST", "/api/v1/exploitanten", 413);
        for (byte[] body : List.of(groot, heelGroot)) {
            probleem(stuur("POST", "/api/v1/exploitanten", "vergunningverlener",
                    List.of("Content-Type: application/json", "Transfer-Encoding: chunked"), chunks(body)),
                    "POST", "/api/v1/exploitanten", 413);
        }
        probleem(stuur("POST", "/api/v1/exploitanten", "vergunningverlener",
                List.of("Content-Type: application/json", "Content-Length: 999999999"), "{}".getBytes(StandardCharsets.UTF_8)),
                "POST", "/api/v1/exploitanten", 413);
        assertThat(db.neem()).isEqualTo(stand);
    }

    @Test
    void contentLengthEnTransferEncodingSamenWordenGeweigerd() throws Exception {
        String stand = db.neem();
        transportweigering(stuur("POST", "/api/v1/exploitanten", "vergunningverlener",
                List.of("Content-Type: application/json", "Transfer-Encoding: chunked", "Content-Length: 4"),
                chunks(exploitant(new byte[0]))), 400);
        assertThat(db.neem()).isEqualTo(stand);
    }

    @Test
    void eenVerzoekregelTot16KiBEnKoppenTot32KiBBereikenDeApi() throws Exception {
        String voor = "/api/v1/gemeenten?provincie=";
        String net = voor + "x".repeat(16_384 - 100 - voor.length());
        JsonNode p = probleem(stuur("GET", net, "auditor", List.of(), null), "GET", "/api/v1/gemeenten", 400);
        assertThat(p.at("/invalidParams/0/name").asText()).isEqualTo("provincie");
        transportweigering(stuur("GET", voor + "x".repeat(16_384 + 100), "auditor", List.of(), null), 414);

        assertThat(stuur("GET", "/api/v1/gemeenten/GM0363", "auditor", List.of("X-Opvulling: " + "x".repeat(30_000)), null)
                .status()).isEqualTo(200);
        transportweigering(stuur("GET", "/api/v1/gemeenten/GM0363", "auditor", List.of("X-Opvulling: " + "x".repeat(33_000)),
                null), 431);
    }

    @Test
    void stuurtekensInEenKopWordenGeweigerdEnNietsWordtGelogd() throws Exception {
        String stand = db.neem();
        long logboek = logboekregels();
        byte[] zoek = ("{\"identificatie\":{\"bsn\":\"" + Personen.bsn() + "\"}}").getBytes(StandardCharsets.UTF_8);
        for (String doel : List.of("Fuzz\u0001test", "Fuzz\u0000test", "Fuzz\u007Ftest", "Fuzz\u001Btest")) {
            transportweigering(stuur("POST", "/api/v1/registraties/_zoek", "vergunningverlener",
                    List.of("Content-Type: application/json", "X-Doelbinding: " + doel, "X-Verwerkingsactiviteit: Fuzztest"),
                    zoek), 400);
        }
        assertThat(db.neem()).isEqualTo(stand);
        assertThat(logboekregels()).as("regels in het logboek dataverwerkingen").isEqualTo(logboek);
    }

    @Test
    void eenHttp10VerzoekZonderHostIsEen400() throws Exception {
        // Links in a list are built from the request's host; without one this answered 500.
        String kop = "GET /api/v1/gemeenten?pageSize=1 HTTP/1.0\r\nAccept: application/json\r\nAuthorization: Bearer "
                + token("auditor");
        probleem(RauweVerbinding.stuur(VerpakteDienst.apiPoort(), kop, null), "GET", null, 400);
    }

    @Test
    void eenEnkelvoudigeKopTweeKeerIsEen400EnSchrijftNiets() throws Exception {
        // The service used to take one of the two values without saying which.
        String stand = db.neem();
        long logboek = logboekregels();
        byte[] zoek = ("{\"identificatie\":{\"bsn\":\"" + Personen.bsn() + "\"}}").getBytes(StandardCharsets.UTF_8);
        JsonNode p = probleem(stuur("POST", "/api/v1/registraties/_zoek", "vergunningverlener",
                List.of("Content-Type: application/json", "X-Doelbinding: Fuzztest", "X-Doelbinding: Anders",
                        "X-Verwerkingsactiviteit: Fuzztest"), zoek), "POST", "/api/v1/registraties/_zoek", 400);
        assertThat(p.path("invalidParams").get(0).path("name").asText()).isEqualTo("X-Doelbinding");
        assertThat(p.path("invalidParams").get(0).path("code").asText()).isEqualTo("dubbel");
        assertThat(db.neem()).isEqualTo(stand);
        assertThat(logboekregels()).isEqualTo(logboek);
    }

    static long logboekregels() throws Exception {
        try (Connection c = DriverManager.getConnection(VerpakteDienst.databaseUrl(), VerpakteDienst.gebruiker(),
                VerpakteDienst.wachtwoord()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from dataverwerking")) {
            r.next();
            return r.getLong(1);
        }
    }

    static byte[] chunks(byte[] body) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += 8192) {
            int n = Math.min(8192, body.length - i);
            uit.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            uit.write(body, i, n);
            uit.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        uit.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return uit.toByteArray();
    }
}
