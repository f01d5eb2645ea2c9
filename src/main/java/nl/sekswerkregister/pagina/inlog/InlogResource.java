package nl.sekswerkregister.pagina.inlog;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Gebruiker;

/**
 * Logging in to the pages. {@code /inloggen} needs a login, so an anonymous browser is sent through the OIDC code
 * flow (tenant {@code pagina}) and comes back here: it shows who the IdP says you are and the pages you may use.
 */
@Path("/inloggen")
@Produces(MediaType.TEXT_HTML)
public class InlogResource {

    /** A link on the login page. */
    public record PaginaLink(String href, String tekst) {
    }

    private final Template inloggen;
    private final Gebruiker gebruiker;

    public InlogResource(@Location("pagina/inlog/inloggen") Template inloggen,
                         Gebruiker gebruiker) {
        this.inloggen = inloggen;
        this.gebruiker = gebruiker;
    }

    @GET
    @RolesAllowed("**")
    public TemplateInstance inloggen() {
        return inloggen.data("rollen", List.copyOf(gebruiker.rolset()))
                .data("gemeente", gebruiker.gemeenteCode().orElse(null))
                .data("politieEenheid", gebruiker.politieEenheid().orElse(null))
                .data("links", links());
    }

    /** The pages this caller's roles open; the pages themselves check again. */
    private List<PaginaLink> links() {
        List<PaginaLink> links = new ArrayList<>();
        if (gebruiker.heeftRol("handhaver") || gebruiker.heeftRol("politie")) {
            links.add(new PaginaLink("/deurcontrole", "Controle aan de deur: is deze vergunning geldig?"));
        }
        if (gebruiker.heeftRol("vergunningverlener") || gebruiker.heeftRol("beleidsmedewerker")) {
            links.add(new PaginaLink("/balie", "Balie: vergunningen, aanvragen en regels van uw gemeente"));
        }
        links.add(new PaginaLink("/lappendeken", "De lappendeken: waar verschillen de regels?"));
        return links;
    }
}
