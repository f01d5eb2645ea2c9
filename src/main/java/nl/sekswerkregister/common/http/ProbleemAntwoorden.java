package nl.sekswerkregister.common.http;

import nl.sekswerkregister.common.probleem.*;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Serialises problems. Shared by the JAX-RS exception mapper and the HTTP-level filters (404 on a
 * trailing slash, 413), so that every error body is produced by the same code.
 */
@ApplicationScoped
public class ProbleemAntwoorden {

    private final ObjectMapper objectMapper;

    public ProbleemAntwoorden(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String json(ProbleemSoort soort, String detail, String requestId, List<OngeldigeParameter> fouten) {
        try {
            return objectMapper.writeValueAsString(Probleem.van(soort, detail, requestId, fouten));
        } catch (JsonProcessingException e) {
            // A record of strings cannot fail to serialise; keep a valid body if it ever does.
            return "{\"status\":" + soort.status() + ",\"title\":\"" + soort.titel() + "\"}";
        }
    }

    public Response response(ProbleemSoort soort, String detail, String requestId, List<OngeldigeParameter> fouten) {
        Response.ResponseBuilder builder = Response.status(soort.status())
                .type(Probleem.MEDIA_TYPE)
                .entity(json(soort, detail, requestId, fouten));
        if (soort == ProbleemSoort.NIET_GEAUTHENTICEERD) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
