package nl.sekswerkregister.pagina.inlog;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only: a page for one role, so that the HTML 403 can be seen before the real pages exist. */
@Path("/inloggen/proef-alleen-handhaver")
@Produces(MediaType.TEXT_HTML)
public class ProefRolResource {

    private final Template uitgelogd;

    public ProefRolResource(@Location("pagina/inlog/uitgelogd") Template uitgelogd) {
        this.uitgelogd = uitgelogd;
    }

    @GET
    @RolesAllowed({"handhaver", "politie"})
    public TemplateInstance pagina() {
        return uitgelogd.instance();
    }
}
