package nl.sekswerkregister.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) in its prod profile, started once per
 * test run the way an operator would: configuration from environment variables only (nothing of the
 * caller's QUARKUS_* or MP_* settings, an empty working directory), the JVM options of
 * deploy/java-opties, throwaway keys made here, a fresh database of its own. Tests then talk to it
 * as an outside client: REST Assured with the contract filter, tokens signed with the throwaway key.
 *
 * <p>Defects that live in the packaged service (the management interface, metrics labels, HTTP-layer
 * handling, the prod profile's own configuration) are only visible here; a probe from outside found
 * a 500 on every retried registration that the in-process suite missed.
 *
 * <p>Use with {@code @ExtendWith(VerpakteDienst.class)} on a class named {@code *IT} (run by Failsafe
 * after packaging). The service's log is target/verpakt/dienst.log; deploy/test.sh greps it for BSNs.
 */
public final class VerpakteDienst implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String ISSUER = "https://idp.verpakt-test.invalid/";
    /** This service's audience at the test identity provider. */
    public static final String AUDIENCE = Tokens.AUDIENCE;
    /**
     * Where the packaged service reads its roles: Keycloak's client roles of this application, so that
     * the in-process default ({@code groups}) and the configurable path are both exercised.
     */
    public static final String ROLLENPAD = "resource_access/" + AUDIENCE + "/roles";
    /** Overridable ({@code -Dverpakt.database}), so that runs side by side on one server do not collide. */
    public static final String DATABASE = System.getProperty("verpakt.database", "sekswerkregister_verpakt");
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final Path MAP = Path.of("target", "verpakt");
    static final Duration STARTTIJD = Duration.ofSeconds(120);

    private static VerpakteDienst actief;

    private Dienstproces dienst;
    private TestIdentiteitsprovider identiteitsprovider;
    private Map<String, String> jwtInstellingen;
    private String databaseUrl;
    private int apiPoort;
    private int beheerPoort;

    /** The management interface (health, metrics) of the running service, e.g. http://127.0.0.1:40123. */
    public static String beheer() {
        return actief.beheerUrl();
    }

    private String beheerUrl() {
        return "http://127.0.0.1:" + beheerPoort;
    }

    /** The identity provider the pages of the packaged service log in at (code flow). */
    public static TestIdentiteitsprovider identiteitsprovider() {
        return actief.identiteitsprovider;
    }

    public static int apiPoort() {
        return actief.apiPoort;
    }

    /** The address of a path on the running service, for a browser: {@code url("/lappendeken")}. */
    public static String url(String pad) {
        return "http://127.0.0.1:" + actief.apiPoort + pad;
    }

    /** The JDBC URL of the service's own database, for tests that look at what it wrote. */
    public static String databaseUrl() {
        return actief.databaseUrl;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (VerpakteDienst.class) {
            if (actief == null) {
                start();
                actief = this;
                // Closed when the whole test run ends, so that every *IT class shares one service.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(VerpakteDienst.class.getName(), this);
            }
        }
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = actief.apiPoort;
    }

    private void start() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " ontbreekt: bouw eerst met ./mvnw package");
        }
        Files.createDirectories(MAP);
        Path werk = Files.createTempDirectory("verpakt-werk");
        KeyPair sleutels = sleutelpaar();
        Path publiek = werk.resolveSibling(werk.getFileName() + "-jwt-publiek.pem");
        Files.writeString(publiek, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(sleutels.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Tokens.ondertekenMet(ISSUER, sleutels.getPrivate(), ROLLENPAD);

        databaseUrl = verseDatabase(DATABASE);
        jwtInstellingen = Map.of("MP_JWT_VERIFY_ISSUER", ISSUER, "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publiek.toString(),
                "MP_JWT_VERIFY_AUDIENCES", AUDIENCE, "SMALLRYE_JWT_PATH_GROUPS", ROLLENPAD);
        Map<String, String> instellingen = new HashMap<>(databaseInstellingen(databaseUrl));
        instellingen.putAll(jwtInstellingen);
        instellingen.putAll(pseudoniemsleutels(1, Map.of()));
        // The contract fuzzer hits the public paths far harder than the rate limit allows a client.
        instellingen.put("SEKSWERKREGISTER_OPENBAAR_LIMIET_PER_SECONDE", "100000");
        instellingen.put("SEKSWERKREGISTER_OPENBAAR_LIMIET_PIEK", "1000000");
        instellingen.put("SEKSWERKREGISTER_ONDERTEKENING_SLEUTEL", wegwerpOndertekensleutel());
        // Webhooks to the contract's example receiver, a host that does not exist: every delivery fails at
        // once and, after its one attempt, is a dead letter the fuzzer can replay.
        instellingen.put("SEKSWERKREGISTER_GEBEURTENISSEN_ONTVANGERS", "https://zaken.gemeente.example/hooks/");
        instellingen.put("SEKSWERKREGISTER_GEBEURTENISSEN_AFLEVERING_MAXIMUM_POGINGEN", "1");
        // The pages log in at a provider of the same issuer and key as the bearer tokens, as with one real IdP.
        identiteitsprovider = new TestIdentiteitsprovider(sleutels, ISSUER, ROLLENPAD);
        instellingen.putAll(identiteitsprovider.instellingen());
        dienst = Dienstproces.start(instellingen, MAP.resolve("dienst.log"));
        apiPoort = dienst.apiPoort();
        beheerPoort = dienst.beheerPoort();
    }

    /** How the service logs in to a database: as the runtime role, migrating as the owner. */
    public static Map<String, String> databaseInstellingen(String url) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", gebruiker(), "QUARKUS_DATASOURCE_PASSWORD", wachtwoord(),
                "QUARKUS_FLYWAY_USERNAME", Databaserollen.eigenaar(), "QUARKUS_FLYWAY_PASSWORD", Databaserollen.eigenaarWachtwoord());
    }

    /** The identity provider the packaged services trust: tokens from {@link Tokens} work on each of them. */
    public static Map<String, String> jwtInstellingen() {
        return actief.jwtInstellingen;
    }

    /**
     * Pseudonym keys for every ring: the given versions (version to base64 key), or else one fresh
     * random key as version 1; {@code actief} is the active version. Each ring gets keys of its own,
     * as production must (a key shared by two rings is refused).
     */
    public static Map<String, String> pseudoniemsleutels(int actief, Map<String, Map<Integer, String>> perRing) {
        Map<String, String> instellingen = new HashMap<>();
        for (String ring : List.of("LANDELIJK", "GEMEENTE", "BEHEERDER", "LOGBOEK")) {
            instellingen.put("SEKSWERKREGISTER_PSEUDONIEMEN_" + ring + "_ACTIEVE_VERSIE", String.valueOf(actief));
            Map<Integer, String> sleutels = perRing.getOrDefault(ring, Map.of(1, nieuweSleutel()));
            sleutels.forEach((versie, sleutel) ->
                    instellingen.put("SEKSWERKREGISTER_PSEUDONIEMEN_" + ring + "_SLEUTELS_" + versie, sleutel));
        }
        return instellingen;
    }

    /** A fresh pseudonym key (32 random bytes, base64). */
    public static String nieuweSleutel() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        return Base64.getEncoder().encodeToString(sleutel);
    }

    @Override
    public void close() throws InterruptedException {
        if (dienst != null) {
            dienst.close();
        }
        if (identiteitsprovider != null) {
            identiteitsprovider.close();
        }
        Tokens.ondertekenMet(null, null);
    }

    /** The options of deploy/java-opties, so the service runs as documented. */
    static List<String> javaOpties() throws IOException {
        List<String> opties = new ArrayList<>();
        for (String regel : Files.readAllLines(Path.of("deploy", "java-opties"))) {
            if (!regel.startsWith("#") && !regel.isBlank()) {
                opties.addAll(List.of(regel.trim().split("\\s+")));
            }
        }
        return opties;
    }

    /**
     * A database of its own on the server the tests use (QUARKUS_DATASOURCE_JDBC_URL, else the local
     * default), emptied first: the prod profile migrates it with Flyway at start, as on a fresh install.
     * Where no database may be created, the configured test database itself is used (the test profile
     * empties that one anyway).
     */
    public static String verseDatabase(String database) throws SQLException {
        String testUrl = Databaserollen.testUrl();
        String url = Databaserollen.urlVoor(database);
        try {
            Databaserollen.maakLeeg(testUrl, database, url);
        } catch (SQLException e) {
            url = testUrl;
            try (Connection c = Databaserollen.alsEigenaar(url); Statement s = c.createStatement()) {
                s.execute("drop schema if exists public cascade");
                s.execute("create schema public");
            }
        }
        return url;
    }

    /** The runtime role the packaged service runs as (it may read every table of the service). */
    public static String gebruiker() {
        return Databaserollen.dienst();
    }

    public static String wachtwoord() {
        return Databaserollen.dienstWachtwoord();
    }

    private static KeyPair sleutelpaar() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A throwaway Ed25519 signing key (PKCS#8, base64), as an operator would put in the secret store. */
    public static String wegwerpOndertekensleutel() {
        try {
            return Base64.getEncoder().encodeToString(
                    java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
