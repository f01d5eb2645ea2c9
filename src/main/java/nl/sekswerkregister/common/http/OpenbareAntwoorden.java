package nl.sekswerkregister.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Caching of the public paths ({@link OpenbarePaden}): a successful GET may be kept by any cache for
 * {@link OpenbaarConfig#maxAgeSeconden()} ({@code Cache-Control: public}), carries a strong ETag of its
 * representation and answers a matching {@code If-None-Match} with 304 and no body. The ETag is a hash of
 * the JSON of the answer together with its media type: the CSV is written from the same object, so the
 * two differ in ETag (Vary: Accept) and each changes exactly when its content does. Every other answer
 * keeps {@code Cache-Control: no-store} (HttpConventies).
 */
@Provider
public class OpenbareAntwoorden implements ContainerResponseFilter {

    private final ObjectMapper json;
    // Read when a response is filtered: providers are made while the application is built, before runtime
    // configuration mappings exist.
    private final jakarta.inject.Provider<OpenbaarConfig> config;

    public OpenbareAntwoorden(ObjectMapper json, jakarta.inject.Provider<OpenbaarConfig> config) {
        this.json = json;
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext verzoek, ContainerResponseContext antwoord) {
        if (!HttpMethod.GET.equals(verzoek.getMethod()) || antwoord.getStatus() != 200 || !antwoord.hasEntity()
                || !OpenbarePaden.omvat(verzoek.getUriInfo().getRequestUri().getRawPath())) {
            return;
        }
        String mediatype = antwoord.getMediaType() == null ? String.valueOf(verzoek.getHeaderString("Accept"))
                : antwoord.getMediaType().withCharset(null).toString();
        String etag = etag(mediatype, antwoord.getEntity());
        var headers = antwoord.getHeaders();
        headers.putSingle("ETag", etag);
        headers.putSingle("Cache-Control", "public, max-age=" + config.get().maxAgeSeconden());
        headers.putSingle("Vary", "Accept");
        if (komtOvereen(verzoek.getHeaderString("If-None-Match"), etag)) {
            antwoord.setStatus(304);
            antwoord.setEntity(null);
        }
    }

    private String etag(String mediatype, Object entiteit) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(mediatype.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(entiteit));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("ETag kon niet worden berekend", e);
        }
    }

    /** RFC 9110 13.1.2: "*" or any listed tag, compared weakly (a W/ prefix of ours is the same tag). */
    static boolean komtOvereen(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String kandidaat : ifNoneMatch.split(",")) {
            String tag = kandidaat.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
