package nl.sekswerkregister.common.http;

import io.vertx.core.http.HttpMethod;
import java.util.regex.Pattern;

/**
 * The one operation that takes bodies larger than the API's JSON limit: the upload of a document to a
 * licence's file (raw PDF or image, up to its kind's limit, 64 MiB by default). Only there is a large
 * Content-Length let through to the resource, which refuses what is over its kind's limit before it
 * reads a byte and counts what arrives chunked; every other operation keeps the small limit, so that
 * nobody can post 64 MiB of JSON. A constant, like {@link OpenbarePaden}: which operation may take a
 * large body is decided with the contract, not per deployment.
 */
public final class GroteBodyPaden {

    static final Pattern DOCUMENTEN = Pattern.compile("/api/v1/vergunningen/[^/]+/documenten");

    private GroteBodyPaden() {
    }

    static boolean omvat(HttpMethod methode, String pad) {
        return methode == HttpMethod.POST && pad != null && DOCUMENTEN.matcher(pad).matches();
    }
}
