package nl.sekswerkregister.common.http;

import nl.sekswerkregister.common.invoer.Veldfouten;
import nl.sekswerkregister.common.invoer.Veldpad;
import nl.sekswerkregister.common.probleem.*;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where exceptions become HTTP answers (NL API Design Rules: problem details
 * everywhere, invalid input is 400 listing all fields). Nothing here may echo submitted values:
 * a body can hold a BSN, and Jackson's and the database's own messages quote input verbatim, so
 * they are never passed through.
 *
 * <p>On the pages' paths ({@link Paginapaden}) the same errors are HTML pages for people ({@link Foutpagina}), and an
 * anonymous browser that needs a login is sent to the identity provider (the OIDC code flow's challenge).
 */
public class ProbleemMapper {

    private static final Logger LOG = Logger.getLogger(ProbleemMapper.class);

    /** Database constraints whose violation is a conflict the client can understand. */
    private static final Map<String, String> UNIEKE_CONSTRAINTS = Map.of(
            "exploitant_kvk_nummer_uk", "Er is al een exploitant met dit KvK-nummer.",
            "regelset_versie_uk", "Tegelijk is een andere versie van deze regelset aangemaakt; probeer het opnieuw.",
            "landelijk_kader_versie_uk", "Tegelijk is een andere versie van dit kader vastgesteld; probeer het opnieuw.",
            "regelset_geen_overlap", "De periode overlapt met een andere gepubliceerde versie van deze gemeente.",
            "registratie_een_actieve_per_persoon_uk",
            "Deze persoon heeft al een lopende registratie. Een persoon kan maar één registratie tegelijk hebben.");

    private final ProbleemAntwoorden antwoorden;
    private final RequestId requestId;
    private final Foutpagina foutpagina;
    private final CurrentVertxRequest verzoek;
    private final boolean paginaInlogIngericht;

    public ProbleemMapper(ProbleemAntwoorden antwoorden, RequestId requestId, Foutpagina foutpagina, CurrentVertxRequest verzoek,
                          @ConfigProperty(name = "sekswerkregister.pagina-inlog.ingericht", defaultValue = "false") boolean paginaInlogIngericht) {
        this.antwoorden = antwoorden;
        this.requestId = requestId;
        this.foutpagina = foutpagina;
        this.verzoek = verzoek;
        this.paginaInlogIngericht = paginaInlogIngericht;
    }

    @ServerExceptionMapper
    public Response probleem(ProbleemException e) {
        Response antwoord = antwoord(e.soort(), e.getMessage(), e.ongeldigeParameters());
        return e.wachtSeconden().map(s -> Response.fromResponse(antwoord).header("Retry-After", s).build()).orElse(antwoord);
    }

    @ServerExceptionMapper
    public Response validatie(ConstraintViolationException e) {
        List<OngeldigeParameter> fouten = Veldfouten.geordend(
                e.getConstraintViolations().stream().map(Veldfouten::van).toList());
        if (fouten.isEmpty()) {
            return antwoord(ProbleemSoort.ONGELDIGE_INVOER, "De invoer is ongeldig.", List.of());
        }
        ProbleemException p = ProbleemException.ongeldig(fouten);
        return antwoord(p.soort(), p.getMessage(), fouten);
    }

    @ServerExceptionMapper({UnrecognizedPropertyException.class})
    public Response onbekendVeld(UnrecognizedPropertyException e) {
        return ongeldig(OngeldigeParameter.noembaar(pad(e), "body"), "onbekend-veld", Veldfouten.ONBEKEND_VELD);
    }

    @ServerExceptionMapper({InvalidFormatException.class, MismatchedInputException.class})
    public Response verkeerdType(MismatchedInputException e) {
        String veld = pad(e);
        if (veld.isEmpty()) {
            return antwoord(ProbleemSoort.ONGELDIGE_INVOER,
                    "De body heeft niet de verwachte vorm: een JSON-object volgens het contract.", List.of());
        }
        return ongeldig(Veldfouten.noembaar(veld), "type", Veldfouten.typefout(e.getTargetType()));
    }

    @ServerExceptionMapper({JsonParseException.class})
    public Response onleesbaar(JsonParseException e) {
        return antwoord(ProbleemSoort.ONGELDIGE_INVOER,
                "De body is geen geldige JSON (of bevat een veld dubbel).", List.of());
    }

    @ServerExceptionMapper({JsonMappingException.class})
    public Response mapping(JsonMappingException e) {
        String veld = pad(e);
        if (veld.isEmpty()) {
            return antwoord(ProbleemSoort.ONGELDIGE_INVOER, "De body kon niet worden gelezen.", List.of());
        }
        return ongeldig(Veldfouten.noembaar(veld), "type", Veldfouten.ONLEESBAAR);
    }

    @ServerExceptionMapper({JsonProcessingException.class})
    public Response json(JsonProcessingException e) {
        return antwoord(ProbleemSoort.ONGELDIGE_INVOER, "De body kon niet worden gelezen.", List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Uni<Response> nietGeauthenticeerd(RuntimeException e) {
        RoutingContext ctx = verzoek.getCurrent();
        if (ctx != null && pagina() && ctx.request().getHeader("Authorization") == null) {
            if (!paginaInlogIngericht) {
                return Uni.createFrom().item(foutpagina.response(503, null, requestId.huidige()));
            }
            HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
            if (e instanceof UnauthorizedException && authenticator != null) {
                // Not logged in: the OIDC tenant of the pages answers with its redirect to the identity provider
                // (and sets its state cookie); a failed login (AuthenticationFailed/Completion) gets the HTML 401.
                return authenticator.getChallenge(ctx).map(uitdaging -> {
                    if (uitdaging == null || uitdaging.status != 302) {
                        return foutpagina.response(401, null, requestId.huidige());
                    }
                    Response.ResponseBuilder omleiding = Response.status(uitdaging.status);
                    uitdaging.getHeaders().forEach((naam, waarde) -> omleiding.header(naam.toString(), waarde));
                    return omleiding.build();
                });
            }
            return Uni.createFrom().item(foutpagina.response(401, null, requestId.huidige()));
        }
        return Uni.createFrom().item(antwoord(ProbleemSoort.NIET_GEAUTHENTICEERD,
                "Een geldig Bearer-token (JWT) is vereist: het ontbreekt, is verlopen of de handtekening klopt niet.",
                List.of()));
    }

    @ServerExceptionMapper
    public Response verboden(ForbiddenException e, SimpleResourceInfo resource) {
        if (pagina()) {
            return foutpagina.response(403, benodigdeRol(resource), requestId.huidige());
        }
        return antwoord(ProbleemSoort.GEEN_TOEGANG, "Uw rol geeft geen toegang tot deze bewerking.", List.of());
    }

    /** The roles the page names as needed: those of its method, else of its class ("handhaver of politie"). */
    private static String benodigdeRol(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        RolesAllowed rollen = null;
        for (java.lang.reflect.Method m : resource.getResourceClass().getMethods()) {
            if (m.getName().equals(resource.getMethodName())
                    && java.util.Arrays.equals(m.getParameterTypes(), resource.parameterTypes())) {
                rollen = m.getAnnotation(RolesAllowed.class);
            }
        }
        if (rollen == null) {
            rollen = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (rollen == null || rollen.value().length == 0 || List.of(rollen.value()).contains("**")) {
            return null;
        }
        return String.join(" of ", rollen.value());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response gelijktijdigGewijzigd(RuntimeException e) {
        return antwoord(ProbleemSoort.GEWIJZIGD_DOOR_ANDER,
                "Een ander heeft deze gegevens tegelijk gewijzigd. Haal ze opnieuw op en probeer het nog eens.",
                List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // Quarkus REST wraps body-reading failures; answer them as precisely as unwrapped ones.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException u) {
                return onbekendVeld(u);
            }
            if (t instanceof MismatchedInputException m) {
                return verkeerdType(m);
            }
            if (t instanceof JsonParseException p) {
                return onleesbaar(p);
            }
            if (t instanceof JsonProcessingException j) {
                return json(j);
            }
        }
        if (e instanceof NotFoundException) {
            return antwoord(ProbleemSoort.NIET_GEVONDEN, "Deze resource bestaat niet.", List.of());
        }
        if (e instanceof NotAllowedException) {
            Response r = antwoord(ProbleemSoort.METHODE_NIET_TOEGESTAAN,
                    "Deze HTTP-methode is niet toegestaan op deze resource.", List.of());
            String allow = e.getResponse().getHeaderString(jakarta.ws.rs.core.HttpHeaders.ALLOW);
            return allow == null ? r : Response.fromResponse(r).header(jakarta.ws.rs.core.HttpHeaders.ALLOW, allow).build();
        }
        if (e instanceof NotSupportedException) {
            return antwoord(ProbleemSoort.MEDIATYPE_NIET_ONDERSTEUND,
                    "Dit Content-Type wordt niet ondersteund; gebruik application/json.", List.of());
        }
        if (e instanceof NotAcceptableException) {
            return antwoord(ProbleemSoort.NIET_ACCEPTABEL,
                    "Dit formaat kan niet worden geleverd; vraag application/json.", List.of());
        }
        int status = e.getResponse().getStatus();
        for (ProbleemSoort soort : ProbleemSoort.values()) {
            if (soort.status() == status) {
                return antwoord(soort, soort.titel() + ".", List.of());
            }
        }
        return status >= 500 ? onverwacht(e) : antwoord(ProbleemSoort.ONGELDIGE_INVOER, "Het verzoek is ongeldig.", List.of());
    }

    @ServerExceptionMapper
    public Response persistentie(jakarta.persistence.PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getConstraintName() != null) {
                String detail = UNIEKE_CONSTRAINTS.get(cve.getConstraintName().toLowerCase());
                if (detail != null) {
                    return antwoord(ProbleemSoort.CONFLICT, detail, List.of());
                }
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return gelijktijdigGewijzigd((RuntimeException) t);
            }
        }
        return onverwacht(e);
    }

    @ServerExceptionMapper
    public Response onverwacht(Throwable e) {
        // Messages of unexpected exceptions may quote SQL parameters or request content: log only
        // the types and where they were thrown, keyed by the request id the client was given.
        LOG.errorf("Onverwachte fout bij verzoek %s: %s", requestId.huidige(), beschrijf(e));
        return antwoord(ProbleemSoort.INTERNE_FOUT,
                "Er ging iets mis aan onze kant. Noem het instance-id als u contact opneemt.", List.of());
    }

    private Response ongeldig(String veld, String code, String reden) {
        ProbleemException p = ProbleemException.ongeldig(veld, code, reden);
        return antwoord(p.soort(), p.getMessage(), p.ongeldigeParameters());
    }

    private Response antwoord(ProbleemSoort soort, String detail, List<OngeldigeParameter> fouten) {
        if (pagina()) {
            // A person reads it: the page's own words, never the API's detail (which may name fields or headers).
            return foutpagina.response(soort.status(), null, requestId.huidige(), fouten);
        }
        return antwoorden.response(soort, detail, requestId.huidige(), fouten);
    }

    private boolean pagina() {
        RoutingContext ctx = verzoek.getCurrent();
        return ctx != null && Paginapaden.wilHtml(ctx.normalizedPath(), ctx.request().getHeader("Accept"));
    }

    private static String pad(JsonMappingException e) {
        return Veldpad.van(e).naam();
    }

    private static String beschrijf(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getName());
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                sb.append(" at ").append(trace[0]);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }
}
