package nl.sekswerkregister.pagina.inlog;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.sekswerkregister.common.beveiliging.Gebruiker;

/**
 * {@code /uitloggen} is Quarkus OIDC's logout path (quarkus.oidc.pagina.logout.path): with a page session, OIDC
 * ends it when the caller's identity is resolved here, asks the IdP to end its own session (RP-initiated logout,
 * when the IdP offers an end_session_endpoint) and lands on {@code /uitgelogd}. Without a session (or with only a
 * bearer token, which has no session to end) there is nothing to end and the browser goes there directly.
 */
@Path("/uitloggen")
@Produces(MediaType.TEXT_HTML)
public class UitlogResource {

    private final Gebruiker gebruiker;

    public UitlogResource(Gebruiker gebruiker) {
        this.gebruiker = gebruiker;
    }

    @GET
    @PermitAll
    public Response uitloggen() {
        // Resolving the identity is what lets OIDC see its logout path; with a session it redirects before this returns.
        gebruiker.isAangemeld();
        return Response.seeOther(URI.create("/uitgelogd")).build();
    }

    /** The public page a logout ends on. */
    @Path("/uitgelogd")
    @Produces(MediaType.TEXT_HTML)
    public static class Uitgelogd {

        private final Template uitgelogd;

        public Uitgelogd(@Location("pagina/inlog/uitgelogd") Template uitgelogd) {
            this.uitgelogd = uitgelogd;
        }

        /**
         * The IdP sends the logout's state back (OIDC RP-initiated logout); Quarkus OIDC checks it against its
         * cookie (this path is in the tenant), the page itself has no use for it.
         */
        @GET
        @PermitAll
        public TemplateInstance toon(@jakarta.ws.rs.QueryParam("state") String state) {
            return uitgelogd.instance();
        }
    }
}
