package nl.sekswerkregister.pagina.start;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The landing page: what the service is and where its pages and its contract are. Public, like the
 * contract and the patchwork map it points to; it shows nothing from the database.
 */
@Path("/")
public class StartpaginaResource {

    @CheckedTemplate(basePath = "pagina", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance start();
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance start() {
        return Templates.start();
    }
}
