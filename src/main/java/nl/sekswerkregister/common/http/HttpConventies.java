package nl.sekswerkregister.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.Probleem;
import nl.sekswerkregister.common.probleem.ProbleemSoort;

/**
 * NL API Design Rules that hold for every response, whoever produces it (JAX-RS, health, metrics,
 * the OpenAPI handler, or Vert.x itself): API-Version and the security headers
 * (/core/version-header, /core/transport/security-headers), CORS on the published contract
 * (/core/publish-openapi) and on open data ({@link OpenbarePaden}, whose successful answers alone may be
 * cached: explained in README "Open data"), 404 on trailing slashes (/core/no-trailing-slash; Quarkus would
 * otherwise tolerate them), 413 as problem+json, and a problem+json 404 for unknown paths.
 */
@ApplicationScoped
public class HttpConventies {

    static final String CONTRACT_PAD = "/api/v1/openapi";
    /** Where Quarkus REST keeps the matched route template for its observability (metrics) integration. */
    static final String ROUTESJABLOON = "UrlPathTemplate";
    /** The metrics label of a request that matched no route. */
    static final String GEEN_ROUTE = "/ongerouteerd";
    /**
     * Query keys that would carry a person's identity. URLs end up in proxy and browser logs, so such
     * a request is refused before anything reads it (/core/transport/no-sensitive-uris).
     */
    static final java.util.regex.Pattern PERSOONSGEGEVEN_IN_URL = java.util.regex.Pattern.compile(
            "(?i)(bsn|burgerservicenummer|identificatie|document|documentnummer|paspoort|paspoortnummer|geboortedatum"
                    + "|naam|werknaam|pseudoniem)(s|en)?");

    /**
     * The request headers of the contract that carry one value (Idempotency-Key, and the purpose and
     * processing activity of every registration operation): sent twice, the service would pick one
     * without saying which. Named here because this class sits below the features that define them.
     */
    static final List<String> ENKELVOUDIGE_KOPPEN = List.of("Idempotency-Key", "X-Doelbinding", "X-Verwerkingsactiviteit");

    private final ApiConfig config;
    /** The transport's hard limit, the most even a document may be (GroteBodyPaden). */
    private final long transportgrens;
    private final ProbleemAntwoorden antwoorden;
    private final Foutpagina foutpagina;

    /**
     * The pages' policy (README "Login for pages"): everything from the service itself, no inline script or style.
     * form-action needs no IdP origin: the login starts with a redirect (a GET), never with a form posted to the IdP.
     */
    static final String PAGINA_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; frame-ancestors 'none'; form-action 'self'";
    /** Static files of the pages (CSS, scripts, fonts, the map's boundaries) may be kept by the browser for an hour. */
    static final String STATISCH_CACHE = "public, max-age=3600";

    public HttpConventies(ApiConfig config, ProbleemAntwoorden antwoorden, Foutpagina foutpagina,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize transportgrens) {
        this.config = config;
        this.transportgrens = transportgrens.asLongValue();
        this.antwoorden = antwoorden;
        this.foutpagina = foutpagina;
    }

    void registreer(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::voorElkVerzoek).failureHandler(this::bijFout);
        // Errors Vert.x raises itself, before or outside any route (e.g. a URL it cannot decode).
        for (int status : new int[] {400, 404, 405, 413, 500}) {
            router.errorHandler(status, this::bijFout);
        }
        router.route().order(Integer.MAX_VALUE).handler(ctx ->
                schrijf(ctx, ProbleemSoort.NIET_GEVONDEN, "Deze resource bestaat niet."));
    }

    private void voorElkVerzoek(RoutingContext ctx) {
        // Metrics label requests by route template. A request that reaches no resource method (refused
        // here, 405, a transport error) would otherwise be labelled with its raw path, and a raw path can
        // hold a registration number. Quarkus REST replaces this placeholder with the template of the
        // method it matches.
        labelZonderRoute(ctx);
        String requestId = RequestId.nieuw();
        ctx.put(RequestId.SLEUTEL, requestId);
        String pad = ctx.normalizedPath();
        ctx.addHeadersEndHandler(v -> zetHeaders(ctx.response(), requestId, pad));

        if (ctx.request().path().contains(";")) {
            // Matrix parameters are no part of this API; "/exploitanten/;" would otherwise
            // reach the collection and dodge the trailing-slash rule.
            schrijf(ctx, ProbleemSoort.NIET_GEVONDEN, "Deze resource bestaat niet. Paden bevatten geen ';'.");
            return;
        }
        if (pad.length() > 1 && pad.endsWith("/")) {
            schrijf(ctx, ProbleemSoort.NIET_GEVONDEN,
                    "Deze resource bestaat niet. Paden eindigen nooit op een schuine streep.");
            return;
        }
        if (pad.startsWith(CONTRACT_PAD) && !pad.equals(CONTRACT_PAD + ".json")) {
            // The contract is published at exactly one address (/core/publish-openapi).
            schrijf(ctx, ProbleemSoort.NIET_GEVONDEN, "Het contract staat op " + CONTRACT_PAD + ".json.");
            return;
        }
        if (pad.equals(CONTRACT_PAD + ".json") && !(ctx.request().method() == HttpMethod.GET
                || ctx.request().method() == HttpMethod.HEAD || ctx.request().method() == HttpMethod.OPTIONS)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            schrijf(ctx, ProbleemSoort.METHODE_NIET_TOEGESTAAN, "Het contract kan alleen worden opgehaald (GET).");
            return;
        }
        java.util.Set<String> sleutels;
        try {
            sleutels = ctx.queryParams().names();
        } catch (IllegalArgumentException e) {
            schrijf(ctx, ProbleemSoort.ONGELDIGE_INVOER, "De query string kon niet worden gelezen (een ongeldige %-codering).");
            return;
        }
        List<OngeldigeParameter> inUrl = sleutels.stream().sorted()
                .filter(sleutel -> PERSOONSGEGEVEN_IN_URL.matcher(sleutel).matches())
                .map(sleutel -> new OngeldigeParameter(sleutel, "niet-in-url", "Dit gegeven mag niet in de query string staan."))
                .toList();
        if (!inUrl.isEmpty()) {
            schrijf(ctx, ProbleemSoort.ONGELDIGE_INVOER, "Persoonsgegevens horen nooit in een URL: stuur ze in de body "
                    + "(bijvoorbeeld POST /api/v1/registraties/_zoek).", inUrl);
            return;
        }
        // "?pageSize=" reaches JAX-RS as no parameter at all; no parameter of this API takes an empty value.
        List<OngeldigeParameter> leeg = sleutels.stream().sorted()
                .filter(sleutel -> ctx.queryParams().getAll(sleutel).stream().anyMatch(String::isEmpty))
                .map(sleutel -> new OngeldigeParameter(OngeldigeParameter.noembaar(sleutel, "query"), "leeg",
                        "Een parameter in de query string heeft een waarde nodig; laat hem anders weg."))
                .distinct().toList();
        if (!leeg.isEmpty()) {
            schrijf(ctx, ProbleemSoort.ONGELDIGE_INVOER, "Een parameter in de query string heeft geen waarde.", leeg);
            return;
        }
        // Every query parameter of this API takes one value; JAX-RS would silently use the first of two.
        List<OngeldigeParameter> dubbel = sleutels.stream().sorted()
                .filter(sleutel -> ctx.queryParams().getAll(sleutel).size() > 1)
                .map(sleutel -> new OngeldigeParameter(OngeldigeParameter.noembaar(sleutel, "query"), "dubbel",
                        "Deze parameter mag maar één keer in de query string staan."))
                .distinct().toList();
        if (!dubbel.isEmpty()) {
            schrijf(ctx, ProbleemSoort.ONGELDIGE_INVOER, "Een parameter staat meer dan eens in de query string.", dubbel);
            return;
        }
        List<OngeldigeParameter> dubbeleKoppen = ENKELVOUDIGE_KOPPEN.stream()
                .filter(kop -> ctx.request().headers().getAll(kop).size() > 1)
                .map(kop -> new OngeldigeParameter(kop, "dubbel", "Deze header mag maar één keer in het verzoek staan."))
                .toList();
        if (!dubbeleKoppen.isEmpty()) {
            schrijf(ctx, ProbleemSoort.ONGELDIGE_INVOER, "Een header staat meer dan eens in het verzoek.", dubbeleKoppen);
            return;
        }
        if (ctx.request().authority() == null) {
            // HTTP/1.0 without Host: links in answers are built from the request's host, and there is none.
            schrijf(ctx, ProbleemSoort.ONGELDIGE_INVOER, "Een verzoek moet een Host-header hebben.");
            return;
        }
        String lengte = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        // A document's upload may be larger (its resource applies its kind's limit); above the transport's
        // limit it too is answered here, as problem+json, before Vert.x would end it with a bare 413.
        boolean document = GroteBodyPaden.omvat(ctx.request().method(), pad);
        long grens = document ? transportgrens : config.maxBodyBytes();
        if (lengte != null && teGroot(lengte, grens)) {
            // The uploader needs the document's terms, not the transport's: no kind of document is this large.
            schrijf(ctx, ProbleemSoort.VERZOEK_TE_GROOT, document
                    ? "Het document is groter dan de " + grens + " bytes die de dienst in één verzoek aanneemt; "
                    + "elke soort document heeft een eigen, lagere grens. Er is niets opgeslagen."
                    : "De body is groter dan " + grens + " bytes.");
            return;
        }
        if (heeftBody(ctx) && geenMediatype(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            // Without a concrete Content-Type (none, blank, or a wildcard such as */*) the body would be
            // read as JSON anyway; say what the client must send.
            schrijf(ctx, ProbleemSoort.MEDIATYPE_NIET_ONDERSTEUND,
                    "Een verzoek met een body moet een Content-Type noemen, zoals application/json.");
            return;
        }
        ctx.next();
    }

    /**
     * The request's own context is where Quarkus REST and the metrics binder keep the route template.
     * Should a future Vert.x hand over another request type, the label falls back to Quarkus' own
     * choice; VerpakteDienstIT would notice raw paths in the metrics.
     */
    private static void labelZonderRoute(RoutingContext ctx) {
        if (ctx.request() instanceof HttpServerRequestInternal verzoek) {
            verzoek.context().putLocal(ROUTESJABLOON, GEEN_ROUTE);
        }
    }

    private static boolean geenMediatype(String contentType) {
        return contentType == null || contentType.isBlank() || contentType.split(";", 2)[0].contains("*");
    }

    private static boolean heeftBody(RoutingContext ctx) {
        HttpMethod methode = ctx.request().method();
        if (methode != HttpMethod.POST && methode != HttpMethod.PUT && methode != HttpMethod.PATCH) {
            return false;
        }
        String lengte = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (lengte != null && !lengte.trim().equals("0"));
    }

    /**
     * Failures before JAX-RS (a body over the Vert.x limit, an undecodable %-escape in the URL, or
     * anything unexpected) still answer with problem+json and the usual headers.
     */
    private void bijFout(RoutingContext ctx) {
        if (ctx.response().headWritten() || ctx.response().ended()) {
            ctx.next();
            return;
        }
        if (ctx.get(RequestId.SLEUTEL) == null) {
            labelZonderRoute(ctx);
            String requestId = RequestId.nieuw();
            ctx.put(RequestId.SLEUTEL, requestId);
            ctx.addHeadersEndHandler(v -> zetHeaders(ctx.response(), requestId, ""));
        }
        int status = ctx.statusCode();
        if (status == 413) {
            schrijf(ctx, ProbleemSoort.VERZOEK_TE_GROOT, "De body is groter dan " + config.maxBodyBytes() + " bytes.");
        } else if (status >= 400 && status < 500) {
            ProbleemSoort soort = java.util.Arrays.stream(ProbleemSoort.values()).filter(s -> s.status() == status)
                    .findFirst().orElse(ProbleemSoort.ONGELDIGE_INVOER);
            schrijf(ctx, soort, "Het verzoek kon niet worden gelezen (bijvoorbeeld een ongeldige %-codering in de URL).");
        } else {
            schrijf(ctx, ProbleemSoort.INTERNE_FOUT, "Er ging iets mis aan onze kant. Noem het instance-id als u contact opneemt.");
        }
    }

    private static boolean teGroot(String contentLength, long grens) {
        try {
            return Long.parseLong(contentLength.trim()) > grens;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void zetHeaders(HttpServerResponse response, String requestId, String pad) {
        var headers = response.headers();
        headers.set("API-Version", config.versie());
        headers.set("X-Request-ID", requestId);
        // Only a successful answer of open data may be stored, and only as OpenbareAntwoorden marked it.
        boolean openbaar = OpenbarePaden.omvat(pad);
        int status = response.getStatusCode();
        if (Paginapaden.isStatisch(pad) && (status == 200 || status == 304)) {
            headers.set("Cache-Control", STATISCH_CACHE);
        } else if (!(openbaar && (status == 200 || status == 304) && headers.contains("Cache-Control"))) {
            headers.set("Cache-Control", "no-store");
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if ("text/html".equals(type)) {
            // A rendered template says text/html without a charset; the pages are UTF-8 ("privéhuis", "Súdwest-
            // Fryslân"), and a header outranks the page's meta tag.
            headers.set(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
        }
        headers.set("Content-Security-Policy", type != null && type.startsWith("text/html") ? PAGINA_CSP : "frame-ancestors 'none'");
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        if (pad.startsWith(CONTRACT_PAD) && status < 400) {
            headers.set("Access-Control-Allow-Origin", "*");
        } else if (openbaar) {
            // Open data is for web pages of others too (a municipality's own site, a journalist's map): any
            // origin may read it, its errors included, and the headers a client needs to revalidate and pace.
            headers.set("Access-Control-Allow-Origin", "*");
            headers.set("Access-Control-Expose-Headers", "API-Version, ETag, RateLimit-Limit, RateLimit-Remaining, "
                    + "RateLimit-Reset, Retry-After, X-Niet-Getoond, X-Request-ID");
        } else {
            headers.remove("Access-Control-Allow-Origin");
        }
    }

    private void schrijf(RoutingContext ctx, ProbleemSoort soort, String detail) {
        schrijf(ctx, soort, detail, List.of());
    }

    private void schrijf(RoutingContext ctx, ProbleemSoort soort, String detail, List<OngeldigeParameter> fouten) {
        String requestId = ctx.get(RequestId.SLEUTEL);
        if (Paginapaden.wilHtml(ctx.normalizedPath(), ctx.request().getHeader(HttpHeaders.ACCEPT))) {
            ctx.response().setStatusCode(soort.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(foutpagina.html(soort, null, requestId, fouten));
            return;
        }
        ctx.response().setStatusCode(soort.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Probleem.MEDIA_TYPE)
                .end(antwoorden.json(soort, detail, requestId, fouten));
    }
}
