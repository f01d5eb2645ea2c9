package nl.sekswerkregister.common.http;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemSoort;

/**
 * An error on a page path as an HTML page for people (templates/pagina/fout.html), in the pages' layout: a title,
 * what the person can do, the request id to quote. Like problem+json it never shows a stack trace, a class
 * name or submitted input.
 */
@ApplicationScoped
public class Foutpagina {

    private final Template fout;

    public Foutpagina(@Location("pagina/fout") Template fout) {
        this.fout = fout;
    }

    public String html(ProbleemSoort soort, String rol, String requestId, List<OngeldigeParameter> velden) {
        return html(soort.status(), rol, requestId, velden);
    }

    /**
     * With the fields that were wrong and why, as the API's {@code invalidParams} name them: a person must know
     * what to correct. Those reasons are the service's own words, never what was submitted.
     */
    public String html(int status, String rol, String requestId, List<OngeldigeParameter> velden) {
        return fout.data("titel", titel(status)).data("uitleg", uitleg(status)).data("rol", rol)
                .data("velden", velden).data("kenmerk", status >= 500 ? requestId : null).render();
    }

    public Response response(int status, String rol, String requestId) {
        return response(status, rol, requestId, List.of());
    }

    public Response response(int status, String rol, String requestId, List<OngeldigeParameter> velden) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html(status, rol, requestId, velden)).build();
    }

    static String titel(int status) {
        return switch (status) {
            case 400 -> "Ongeldige invoer";
            case 401 -> "Niet ingelogd";
            case 403 -> "Geen toegang";
            case 404 -> "Pagina niet gevonden";
            case 405 -> "Niet toegestaan";
            case 413 -> "Te veel tekst";
            case 503 -> "Inloggen is niet ingericht";
            default -> status >= 500 ? "Er ging iets mis" : "Dit verzoek kan niet worden verwerkt";
        };
    }

    static String uitleg(int status) {
        return switch (status) {
            case 400 -> "Het verzoek kon niet worden verwerkt. Controleer wat u hebt ingevuld en probeer het opnieuw.";
            case 401 -> "U bent niet (meer) ingelogd, of het inloggen is mislukt. Log opnieuw in via Inloggen.";
            case 403 -> "U bent ingelogd, maar uw rol geeft geen toegang tot deze pagina.";
            case 404 -> "Deze pagina bestaat niet. Misschien is het adres verkeerd overgenomen.";
            case 405 -> "Deze handeling is op deze pagina niet mogelijk.";
            case 413 -> "Wat u verstuurde is te lang. Vul minder in en probeer het opnieuw.";
            case 503 -> "Inloggen voor de pagina's is op deze installatie niet ingericht. De beheerder kan het inrichten "
                    + "(README, 'Login for pages'). Openbare pagina's zoals de lappendeken werken wel.";
            default -> status >= 500 ? "Er ging aan onze kant iets mis. Probeer het later opnieuw." : "Het verzoek kan niet worden verwerkt.";
        };
    }
}
