package nl.sekswerkregister.document;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The documents of a licence's file, as the desk uses them: upload, list, read, download; refused by
 * content, size and role, with nothing left behind (no row, no large object).
 */
@QuarkusTest
class DocumentTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(DocumentTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);
    /** The test profile's limit for KVK_UITTREKSEL (application.properties). */
    static final int KVK_GRENS = 1024 * 1024;

    static final long SEED = System.nanoTime();

    @Inject
    Database database;

    @TestHTTPResource("/")
    URL basis;

    @Test
    void eenDocumentGaatHeelInEnHeelUit() throws Exception {
        String nummer = Testdata.aanvraag(GM);
        byte[] pdf = bestand("%PDF-1.7\n", 3 * 1024 * 1024 + 17, new SplittableRandom(SEED));
        Response antwoord = upload(nummer, "ONDERNEMINGSPLAN", null, "application/pdf", pdf);
        assertThat(antwoord.statusCode()).as(antwoord.asString()).isEqualTo(201);
        String id = antwoord.path("documentId");
        assertThat(antwoord.header("Location")).isEqualTo("/api/v1/vergunningen/" + nummer + "/documenten/" + id);
        assertThat(antwoord.<String>path("sha256")).isEqualTo(HexFormat.of().formatHex(sha256(pdf)));
        assertThat(antwoord.<Integer>path("grootte")).isEqualTo(pdf.length);
        assertThat(antwoord.<String>path("contentType")).isEqualTo("application/pdf");
        assertThat(antwoord.<String>path("vertrouwelijkheid")).isEqualTo("zaakvertrouwelijk");
        assertThat(antwoord.<String>path("_links.inhoud.href")).endsWith("/documenten/" + id + "/inhoud");

        Response lijst = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer + "/documenten");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.jsonPath().getList("resultaten.documentId")).containsExactly(id);

        Response inhoud = als(Rol.VERGUNNINGVERLENER, GM).accept("*/*")
                .get("/api/v1/vergunningen/" + nummer + "/documenten/" + id + "/inhoud");
        assertThat(inhoud.statusCode()).isEqualTo(200);
        assertThat(inhoud.asByteArray()).isEqualTo(pdf);
        assertThat(inhoud.contentType()).isEqualTo("application/pdf");
        assertThat(inhoud.header("Content-Length")).isEqualTo(String.valueOf(pdf.length));
        assertThat(inhoud.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(sha256(pdf)) + ":");
        assertThat(inhoud.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + ".pdf\"");
        assertThat(inhoud.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(inhoud.header("Cache-Control")).isEqualTo("no-store");

        // The service role owns the content; it needs no lo_compat_privileges to read it.
        assertThat(database.tekst("show lo_compat_privileges")).isEqualTo("off");
        assertThat(database.tekst("select m.lomowner::regrole::text = current_user from pg_largeobject_metadata m "
                + "join document d on d.inhoud = m.oid where d.id = ?::uuid", id)).isEqualTo("t");
        // Documents are never changed or deleted by the service.
        assertThat(database.voerUitVerwachtFout("delete from document where id = ?::uuid", id)).contains("permission denied");
        assertThat(database.voerUitVerwachtFout("update document set soort = 'OVERIG' where id = ?::uuid", id))
                .contains("permission denied");
    }

    @Test
    void hetzelfdeDocumentNogEensIsGeenTweedeDocument() {
        String nummer = Testdata.aanvraag(GM);
        byte[] png = bestand("\u0089PNG\r\n\u001a\n", 40_000, new SplittableRandom(SEED + 1));
        Response eerste = upload(nummer, "PLATTEGROND", "intern", "image/png", png);
        assertThat(eerste.statusCode()).as(eerste.asString()).isEqualTo(201);
        long documenten = database.aantal("document");
        long objecten = grooteObjecten();

        Response herhaling = upload(nummer, "PLATTEGROND", "intern", "image/png", png);
        assertThat(herhaling.statusCode()).as(herhaling.asString()).isEqualTo(200);
        assertThat(herhaling.<String>path("documentId")).isEqualTo(eerste.path("documentId"));
        assertThat(herhaling.<String>path("vertrouwelijkheid")).isEqualTo("intern");
        assertThat(database.aantal("document")).isEqualTo(documenten);
        assertThat(grooteObjecten()).as("geen achtergebleven large object").isEqualTo(objecten);

        // The same file as another kind is another document of the file.
        Response anders = upload(nummer, "OVERIG", null, "image/png", png);
        assertThat(anders.statusCode()).isEqualTo(201);
        assertThat(anders.<String>path("documentId")).isNotEqualTo(eerste.path("documentId"));
    }

    @Test
    void inhoudDieNergensOpLijktWordtGeweigerd() {
        String nummer = Testdata.aanvraag(GM);
        SplittableRandom toeval = new SplittableRandom(SEED + 2);
        long documenten = database.aantal("document");
        long objecten = grooteObjecten();
        for (int i = 0; i < 20; i++) {
            byte[] willekeurig = new byte[1 + toeval.nextInt(5000)];
            toeval.nextBytes(willekeurig);
            // No signature of the four types begins with 0x00..0x1F.
            willekeurig[0] = (byte) toeval.nextInt(0x20);
            String type = List.of("application/pdf", "image/png", "image/jpeg", "image/tiff").get(toeval.nextInt(4));
            Response antwoord = upload(nummer, "OVERIG", null, type, willekeurig);
            assertThat(antwoord.statusCode()).as("seed " + SEED + ": " + antwoord.asString()).isEqualTo(415);
            assertThat(antwoord.contentType()).startsWith("application/problem+json");
            assertThat(antwoord.<String>path("detail")).contains("geen PDF, PNG, JPEG of TIFF");
        }
        assertThat(database.aantal("document")).isEqualTo(documenten);
        assertThat(grooteObjecten()).isEqualTo(objecten);
    }

    @Test
    void inhoudDieNietBijDeContentTypePastWordtGeweigerdMetWatErGevondenIs() {
        String nummer = Testdata.aanvraag(GM);
        byte[] jpeg = bestand("\u00ff\u00d8\u00ff\u00e0", 10_000, new SplittableRandom(SEED + 3));
        Response antwoord = upload(nummer, "VOG", null, "application/pdf", jpeg);
        assertThat(antwoord.statusCode()).isEqualTo(415);
        assertThat(antwoord.<String>path("detail")).contains("image/jpeg").contains("niet application/pdf");

        Response json = ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).contentType("application/json").queryParam("soort", "VOG")
                .body("{\"inhoud\": \"een document\"}").post("/api/v1/vergunningen/" + nummer + "/documenten");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.<String>path("detail")).contains("application/pdf, image/png, image/jpeg of image/tiff");

        Response tiff = upload(nummer, "VOG", null, "image/tiff", bestand("MM\0*", 2000, new SplittableRandom(SEED)));
        assertThat(tiff.statusCode()).isEqualTo(201);
        assertThat(tiff.<String>path("vertrouwelijkheid")).isEqualTo("vertrouwelijk");
    }

    @Test
    void eenTeGrootDocumentLaatNietsAchter() throws Exception {
        String nummer = Testdata.aanvraag(GM);
        byte[] groot = bestand("%PDF-1.4\n", KVK_GRENS + 1, new SplittableRandom(SEED + 4));
        long documenten = database.aantal("document");
        long objecten = grooteObjecten();

        // Announced with a Content-Length: refused before it is read.
        Response antwoord = upload(nummer, "KVK_UITTREKSEL", null, "application/pdf", groot);
        assertThat(antwoord.statusCode()).as(antwoord.asString()).isEqualTo(413);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.<String>path("detail")).contains(String.valueOf(KVK_GRENS));

        // Chunked, without a length: counted while it streams in, and rolled back when it passes the limit.
        HttpResponse<String> chunked = zonderLengte("/api/v1/vergunningen/" + nummer + "/documenten?soort=KVK_UITTREKSEL",
                "application/pdf", groot);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(database.aantal("document")).isEqualTo(documenten);
        assertThat(grooteObjecten()).as("geen achtergebleven large object").isEqualTo(objecten);

        // Past the transport's limit too: answered as problem+json before a byte is read.
        String kop = ruw("POST /api/v1/vergunningen/" + nummer + "/documenten?soort=OVERIG HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Tokens.voor(Rol.VERGUNNINGVERLENER, GM) + "\r\n"
                + "Content-Type: application/pdf\r\nContent-Length: 999999999\r\n\r\n");
        assertThat(kop).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");

        // Exactly at the limit is allowed, chunked too.
        byte[] precies = java.util.Arrays.copyOf(groot, KVK_GRENS);
        HttpResponse<String> welkom = zonderLengte("/api/v1/vergunningen/" + nummer + "/documenten?soort=KVK_UITTREKSEL",
                "application/pdf", precies);
        assertThat(welkom.statusCode()).as(welkom.body()).isEqualTo(201);
        assertThat(welkom.body()).contains(HexFormat.of().formatHex(sha256(precies)));
    }

    @Test
    void eenGrootJsonLichaamEldersBlijftGeweigerd() throws Exception {
        // Larger than the old transport limit (1 MiB), far below the documents' one: still 413 for JSON.
        String json = "{\"kvkNummer\": \"" + "1".repeat(2 * 1024 * 1024) + "\"}";
        Response antwoord = ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(json).post("/api/v1/exploitanten");
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        HttpResponse<String> chunked = zonderLengte("/api/v1/exploitanten", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void zonderInhoudOfSoortIsHetOngeldig() {
        String nummer = Testdata.aanvraag(GM);
        Response leeg = upload(nummer, "VOG", null, "application/pdf", new byte[0]);
        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(leeg.jsonPath().getList("invalidParams.name")).containsExactly("body");

        Response zonderSoort = ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).contentType("application/pdf")
                .queryParam("vertrouwelijkheid", "heel_geheim").body("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/vergunningen/" + nummer + "/documenten");
        assertThat(zonderSoort.statusCode()).isEqualTo(400);
        assertThat(zonderSoort.jsonPath().getList("invalidParams.name")).containsExactlyInAnyOrder("soort", "vertrouwelijkheid");
    }

    @Test
    void alleenHetDossierVanDeEigenGemeente() {
        String nummer = Testdata.aanvraag(GM);
        byte[] pdf = bestand("%PDF-1.7\n", 5000, new SplittableRandom(SEED + 5));
        String id = upload(nummer, "BIBOB_VRAGENFORMULIER", null, "application/pdf", pdf).then().statusCode(201)
                .extract().path("documentId");
        String pad = "/api/v1/vergunningen/" + nummer + "/documenten/" + id;

        // The auditor sees that it is there, never what is in it.
        als(Rol.AUDITOR).get(pad).then().statusCode(200);
        als(Rol.AUDITOR).accept("*/*").get(pad + "/inhoud").then().statusCode(403);
        // Another municipality's licensing officer: nothing of it.
        als(Rol.VERGUNNINGVERLENER, ANDERE).get(pad).then().statusCode(403);
        als(Rol.VERGUNNINGVERLENER, ANDERE).accept("*/*").get(pad + "/inhoud").then().statusCode(403);
        assertThat(upload(nummer, "OVERIG", null, "application/pdf", pdf, Tokens.voor(Rol.VERGUNNINGVERLENER, ANDERE))
                .statusCode()).isEqualTo(403);
        // A document of another licence is not on this one's file.
        String ander = Testdata.aanvraag(GM);
        als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + ander + "/documenten/" + id).then().statusCode(404);
    }

    private static Response upload(String nummer, String soort, String vertrouwelijkheid, String type, byte[] inhoud) {
        return upload(nummer, soort, vertrouwelijkheid, type, inhoud, Tokens.voor(Rol.VERGUNNINGVERLENER, GM));
    }

    private static Response upload(String nummer, String soort, String vertrouwelijkheid, String type, byte[] inhoud,
                                   String token) {
        var spec = ongeldig(nl.sekswerkregister.support.Api.metToken(token)).contentType(type).queryParam("soort", soort)
                .body(inhoud);
        if (vertrouwelijkheid != null) {
            spec.queryParam("vertrouwelijkheid", vertrouwelijkheid);
        }
        return spec.post("/api/v1/vergunningen/" + nummer + "/documenten");
    }

    /** A body sent without Content-Length (chunked), as a client streaming a file of unknown size would. */
    private HttpResponse<String> zonderLengte(String pad, String type, byte[] inhoud) throws Exception {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis.toString()).resolve(pad))
                .header("Authorization", "Bearer " + Tokens.voor(Rol.VERGUNNINGVERLENER, GM))
                .header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(inhoud))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(verzoek, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request head only (no client library sends a length it does not mean) and returns the answer's head. */
    private String ruw(String verzoek) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(basis.getHost(), basis.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(verzoek.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            StringBuilder kop = new StringBuilder();
            for (String regel = in.readLine(); regel != null && !regel.isEmpty(); regel = in.readLine()) {
                kop.append(regel).append('\n');
            }
            return kop.toString();
        }
    }

    private long grooteObjecten() {
        return database.getal("select count(*) from pg_largeobject_metadata");
    }

    /** A file that starts with {@code kop} (as ISO-8859-1 bytes), then seeded random bytes, {@code lengte} in all. */
    static byte[] bestand(String kop, int lengte, SplittableRandom toeval) {
        byte[] bytes = new byte[lengte];
        toeval.nextBytes(bytes);
        byte[] begin = kop.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(begin, 0, bytes, 0, begin.length);
        return bytes;
    }

    static byte[] sha256(byte[] inhoud) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(inhoud);
    }
}
