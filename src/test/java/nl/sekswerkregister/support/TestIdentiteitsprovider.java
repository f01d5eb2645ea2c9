package nl.sekswerkregister.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity provider of the browser-free login ITs: a JDK HttpServer on a free port of 127.0.0.1 that speaks
 * just enough OpenID Connect for Quarkus OIDC's code flow (discovery, authorize, token, JWKS, end-session).
 * Authorize asks nobody: it sends the browser straight back with a code for the identity the test chose with
 * {@link #volgendeAanmelding}. Tokens carry the issuer, audience, role path and key of {@link VerpakteDienst}, so the
 * page login and the API's bearer tokens come from one provider, as in production.
 */
public final class TestIdentiteitsprovider implements AutoCloseable {

    public static final String CLIENT_ID = VerpakteDienst.AUDIENCE;
    /** Throwaway, made per run; long enough for Quarkus to derive the session cookie's encryption key from it. */
    public final String clientGeheim;

    private record Identiteit(String subject, String rol, String claim, String waarde) {
    }

    private record Uitgifte(Identiteit identiteit, String nonce, String redirectUri) {
    }

    private final HttpServer server;
    private final KeyPair sleutels;
    private final String issuer;
    private final String rollenpad;
    private final Map<String, Uitgifte> codes = new ConcurrentHashMap<>();
    private volatile Identiteit volgende;
    /** How many times a browser was sent to end its session here (RP-initiated logout). */
    private volatile int uitgelogd;

    public TestIdentiteitsprovider(KeyPair sleutels, String issuer, String rollenpad) throws IOException {
        this.sleutels = sleutels;
        this.issuer = issuer;
        this.rollenpad = rollenpad;
        this.clientGeheim = willekeurig() + willekeurig();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::ontdekking);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::jwks);
        server.createContext("/uitloggen", this::uitloggen);
        server.start();
    }

    /** The auth-server-url the service is given. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whoever logs in next: a role with the municipality (or null) it works for. */
    public void volgendeAanmelding(String subject, String rol, String gemeenteCode) {
        volgende = new Identiteit(subject, rol, gemeenteCode == null ? null : "gemeente", gemeenteCode);
    }

    public int aantalUitloggingen() {
        return uitgelogd;
    }

    /** The environment that points the packaged service's page login here. */
    public Map<String, String> instellingen() {
        return Map.of("SEKSWERKREGISTER_PAGINA_INLOG_INGERICHT", "true",
                "QUARKUS_OIDC_PAGINA_AUTH_SERVER_URL", url(),
                "QUARKUS_OIDC_PAGINA_CLIENT_ID", CLIENT_ID,
                "QUARKUS_OIDC_PAGINA_CREDENTIALS_SECRET", clientGeheim,
                "QUARKUS_OIDC_PAGINA_ROLES_ROLE_CLAIM_PATH", rollenpad);
    }

    private void ontdekking(HttpExchange uitwisseling) throws IOException {
        json(uitwisseling, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + url() + "/authorize\","
                + "\"token_endpoint\":\"" + url() + "/token\",\"jwks_uri\":\"" + url() + "/jwks\","
                + "\"end_session_endpoint\":\"" + url() + "/uitloggen\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
    }

    private void authorize(HttpExchange uitwisseling) throws IOException {
        Map<String, String> query = velden(uitwisseling.getRequestURI().getRawQuery());
        Identiteit identiteit = volgende;
        if (identiteit == null || !CLIENT_ID.equals(query.get("client_id")) || query.get("redirect_uri") == null) {
            json(uitwisseling, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = willekeurig();
        codes.put(code, new Uitgifte(identiteit, query.get("nonce"), query.get("redirect_uri")));
        String terug = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        omleiding(uitwisseling, terug);
    }

    private void token(HttpExchange uitwisseling) throws IOException {
        Map<String, String> form = velden(new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = uitwisseling.getRequestHeaders().getFirst("Authorization");
        boolean client = basic != null && basic.equals("Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + clientGeheim).getBytes(StandardCharsets.UTF_8)))
                || (CLIENT_ID.equals(form.get("client_id")) && clientGeheim.equals(form.get("client_secret")));
        Uitgifte uitgifte = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (!client || uitgifte == null || !uitgifte.redirectUri().equals(form.get("redirect_uri"))) {
            json(uitwisseling, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        JwtClaimsBuilder claims = Tokens.rollen(Jwt.issuer(issuer).audience(CLIENT_ID).subject(uitgifte.identiteit().subject())
                .expiresIn(3600), Set.of(uitgifte.identiteit().rol()));
        if (uitgifte.identiteit().claim() != null) {
            claims.claim(uitgifte.identiteit().claim(), uitgifte.identiteit().waarde());
        }
        if (uitgifte.nonce() != null) {
            claims.claim("nonce", uitgifte.nonce());
        }
        String idToken = claims.jws().keyId("verpakt").sign(sleutels.getPrivate());
        json(uitwisseling, 200, "{\"access_token\":\"" + idToken + "\",\"id_token\":\"" + idToken
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void jwks(HttpExchange uitwisseling) throws IOException {
        RSAPublicKey publiek = (RSAPublicKey) sleutels.getPublic();
        json(uitwisseling, 200, "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"verpakt\",\"n\":\""
                + b64(publiek.getModulus()) + "\",\"e\":\"" + b64(publiek.getPublicExponent()) + "\"}]}");
    }

    private void uitloggen(HttpExchange uitwisseling) throws IOException {
        uitgelogd++;
        Map<String, String> query = velden(uitwisseling.getRequestURI().getRawQuery());
        String terug = query.get("post_logout_redirect_uri");
        if (query.get("state") != null) {
            terug += "?state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        }
        omleiding(uitwisseling, terug);
    }

    private static Map<String, String> velden(String tekst) {
        Map<String, String> velden = new HashMap<>();
        if (tekst != null) {
            for (String paar : tekst.split("&")) {
                String[] delen = paar.split("=", 2);
                velden.put(URLDecoder.decode(delen[0], StandardCharsets.UTF_8),
                        delen.length > 1 ? URLDecoder.decode(delen[1], StandardCharsets.UTF_8) : "");
            }
        }
        return velden;
    }

    private static void omleiding(HttpExchange uitwisseling, String naar) throws IOException {
        uitwisseling.getResponseHeaders().add("Location", URI.create(naar).toString());
        uitwisseling.sendResponseHeaders(302, -1);
        uitwisseling.close();
    }

    private static void json(HttpExchange uitwisseling, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
        uitwisseling.sendResponseHeaders(status, bytes.length);
        uitwisseling.getResponseBody().write(bytes);
        uitwisseling.close();
    }

    private static String b64(BigInteger getal) {
        byte[] bytes = getal.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String willekeurig() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
