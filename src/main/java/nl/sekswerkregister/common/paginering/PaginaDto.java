package nl.sekswerkregister.common.paginering;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/** The collection shape of the API: {@code {"resultaten": [...], "_links": {...}}}. */
public record PaginaDto<T>(List<T> resultaten, @JsonProperty("_links") PaginaLinks links) {

    public static <T> PaginaDto<T> van(Pagina<T> pagina, UriInfo uriInfo) {
        Paginering p = pagina.paginering();
        return new PaginaDto<>(pagina.resultaten(), new PaginaLinks(
                link(uriInfo, p.page()),
                pagina.heeftVolgende() ? link(uriInfo, p.page() + 1) : null,
                p.page() > 1 ? link(uriInfo, p.page() - 1) : null));
    }

    private static Link link(UriInfo uriInfo, int page) {
        URI uri = uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).build();
        return new Link(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
