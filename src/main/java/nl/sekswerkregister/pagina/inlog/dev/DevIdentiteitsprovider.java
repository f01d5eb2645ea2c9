package nl.sekswerkregister.pagina.inlog.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * DEV-ONLY identity provider, so that a newcomer running deploy/dev.sh can click an identity and be logged in to
 * the pages through the real OIDC code flow (the same Quarkus OIDC tenant production uses, only pointed here):
 * discovery, an authorize page with one button per {@link DevIdentiteit}, a token endpoint and the JWKS, signing
 * with the committed DEV-ONLY key of deploy/dev-keys. Built into the dev and test profiles only
 * ({@code @IfBuildProfile}): the packaged service does not contain it, and its prod profile refuses to be
 * pointed at it ({@code common.beveiliging.ProductieBewaker}).
 *
 * <p>Tokens carry the real time, not the service's clock: Quarkus OIDC judges their expiry by the system clock,
 * and a test clock set to another day would make every login fail.
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@Path("/dev-inlog")
@PermitAll
public class DevIdentiteitsprovider {

    /** The issuer of the dev tokens, the same one deploy/dev-token.sh uses. */
    public static final String ISSUER = "https://sekswerkregister.example/dev-only";
    private static final Duration GELDIGHEID = Duration.ofHours(8);
    private static final Duration CODE_GELDIG = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Uitgifte(DevIdentiteit identiteit, String nonce, String redirectUri, Instant tot) {
    }

    /** Codes waiting for the token request: each is used once. */
    private static final Map<String, Uitgifte> CODES = new ConcurrentHashMap<>();

    private final Template devInloggen;
    private final String clientId;
    private final Optional<String> clientGeheim;
    private final DevSleutel sleutel;

    public DevIdentiteitsprovider(@Location("pagina/inlog/dev-inloggen") Template devInloggen,
                                  @ConfigProperty(name = "quarkus.oidc.pagina.client-id", defaultValue = "sekswerkregister") String clientId,
                                  @ConfigProperty(name = "quarkus.oidc.pagina.credentials.secret") Optional<String> clientGeheim,
                                  @ConfigProperty(name = "sekswerkregister.dev-inlog.sleutels", defaultValue = "deploy/dev-keys") String sleutelmap) {
        this.devInloggen = devInloggen;
        this.clientId = clientId;
        this.clientGeheim = clientGeheim;
        this.sleutel = DevSleutel.uit(java.nio.file.Path.of(sleutelmap));
    }

    @GET
    @PermitAll
    @Path("/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ontdekking(@Context UriInfo uri) {
        String basis = basis(uri) + "/dev-inlog";
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", ISSUER);
        document.put("authorization_endpoint", basis + "/authorize");
        document.put("token_endpoint", basis + "/token");
        document.put("jwks_uri", basis + "/jwks");
        document.put("end_session_endpoint", basis + "/uitloggen");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        return Response.ok(document).build();
    }

    @GET
    @PermitAll
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        return Response.ok(Map.of("keys", List.of(sleutel.jwk()))).build();
    }

    /** The login page: one button per identity, a POST form back to this provider. */
    @GET
    @PermitAll
    @Path("/authorize")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance inlogpagina(@QueryParam("response_type") String responseType, @QueryParam("client_id") String client,
                                        @QueryParam("redirect_uri") String redirectUri, @QueryParam("scope") String scope,
                                        @QueryParam("state") String state, @QueryParam("nonce") String nonce, @Context UriInfo uri) {
        if (!"code".equals(responseType) || !clientId.equals(client) || !zelfdeHerkomst(redirectUri, uri)) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return devInloggen.data("titel", "Inloggen (ontwikkelomgeving)")
                .data("identiteiten", DevIdentiteit.ALLE)
                .data("redirectUri", redirectUri).data("state", state).data("nonce", nonce == null ? "" : nonce);
    }

    @POST
    @PermitAll
    @Path("/authorize")
    @Produces(MediaType.TEXT_HTML)
    public Response kies(@FormParam("identiteit") String gekozen, @FormParam("redirect_uri") String redirectUri,
                         @FormParam("state") String state, @FormParam("nonce") String nonce, @Context UriInfo uri) {
        DevIdentiteit identiteit = DevIdentiteit.met(gekozen).orElseThrow(jakarta.ws.rs.BadRequestException::new);
        if (!zelfdeHerkomst(redirectUri, uri)) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        String code = willekeurig();
        CODES.values().removeIf(u -> u.tot().isBefore(Instant.now()));
        CODES.put(code, new Uitgifte(identiteit, nonce == null || nonce.isBlank() ? null : nonce, redirectUri,
                Instant.now().plus(CODE_GELDIG)));
        URI terug = UriBuilder.fromUri(redirectUri).queryParam("code", code).queryParam("state", state).build();
        return Response.seeOther(terug).build();
    }

    @POST
    @PermitAll
    @Path("/token")
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("code") String code,
                          @FormParam("redirect_uri") String redirectUri, @FormParam("client_id") String client,
                          @FormParam("client_secret") String geheim, @HeaderParam("Authorization") String authorization) {
        if (!clientBekend(client, geheim, authorization)) {
            return Response.status(401).entity(Map.of("error", "invalid_client")).build();
        }
        Uitgifte uitgifte = code == null ? null : CODES.remove(code);
        if (!"authorization_code".equals(grantType) || uitgifte == null || uitgifte.tot().isBefore(Instant.now())
                || !uitgifte.redirectUri().equals(redirectUri)) {
            return Response.status(400).entity(Map.of("error", "invalid_grant")).build();
        }
        Instant nu = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>(uitgifte.identiteit().claims());
        claims.put("iss", ISSUER);
        claims.put("aud", clientId);
        claims.put("iat", nu.getEpochSecond());
        claims.put("exp", nu.plus(GELDIGHEID).getEpochSecond());
        if (uitgifte.nonce() != null) {
            claims.put("nonce", uitgifte.nonce());
        }
        String idToken = sleutel.onderteken(json(claims));
        claims.remove("nonce");
        String accessToken = sleutel.onderteken(json(claims));
        return Response.ok(Map.of("access_token", accessToken, "id_token", idToken, "token_type", "Bearer",
                "expires_in", GELDIGHEID.toSeconds())).header("Cache-Control", "no-store").build();
    }

    /** RP-initiated logout: nothing to end here (no session at this provider), so straight back. */
    @GET
    @PermitAll
    @Path("/uitloggen")
    public Response uitloggen(@QueryParam("post_logout_redirect_uri") String terug, @QueryParam("id_token_hint") String hint,
                              @QueryParam("state") String state, @QueryParam("client_id") String client, @Context UriInfo uri) {
        URI doel = zelfdeHerkomst(terug, uri) ? URI.create(terug) : URI.create(basis(uri) + "/");
        if (state != null && zelfdeHerkomst(terug, uri)) {
            doel = UriBuilder.fromUri(doel).queryParam("state", state).build();
        }
        return Response.seeOther(doel).build();
    }

    private boolean clientBekend(String client, String geheim, String authorization) {
        String verwacht = clientGeheim.orElse("");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] delen = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8).split(":", 2);
            return delen.length == 2 && clientId.equals(delen[0]) && gelijk(verwacht, delen[1]);
        }
        return clientId.equals(client) && geheim != null && gelijk(verwacht, geheim);
    }

    private static boolean gelijk(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Only back to this service itself: even a dev tool is no open redirect. */
    private static boolean zelfdeHerkomst(String adres, UriInfo uri) {
        if (adres == null) {
            return false;
        }
        try {
            URI doel = URI.create(adres);
            URI basis = uri.getBaseUri();
            return doel.getScheme() != null && doel.getScheme().equals(basis.getScheme())
                    && doel.getHost() != null && doel.getHost().equalsIgnoreCase(basis.getHost()) && doel.getPort() == basis.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String basis(UriInfo uri) {
        String basis = uri.getBaseUri().toString();
        return basis.endsWith("/") ? basis.substring(0, basis.length() - 1) : basis;
    }

    private static String willekeurig() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
