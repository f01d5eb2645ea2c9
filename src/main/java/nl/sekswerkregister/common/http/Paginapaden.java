package nl.sekswerkregister.common.http;

import java.util.List;

/**
 * The paths of the pages (README "Pages"), as opposed to the API's: their errors are HTML pages for people, never
 * problem+json, and their answers carry the pages' Content-Security-Policy. Named here, below the features, like
 * {@link OpenbarePaden}; the page resources themselves live in {@code pagina.*}.
 */
public final class Paginapaden {

    /** Each covers itself and everything below it. */
    static final List<String> PREFIXEN = List.of("/lappendeken", "/deurcontrole", "/balie", "/inloggen", "/uitloggen",
            "/uitgelogd", "/dev-inlog", "/static");

    private Paginapaden() {
    }

    public static boolean omvat(String pad) {
        if (pad == null) {
            return false;
        }
        if (pad.equals("/")) {
            return true;
        }
        return PREFIXEN.stream().anyMatch(p -> pad.equals(p) || pad.startsWith(p + "/"));
    }

    /**
     * A path no route knows answers as a page when it is no API path and a browser asks for HTML; an API client
     * (and every existing test, which asks for JSON or anything) keeps its problem+json.
     */
    public static boolean wilHtml(String pad, String accept) {
        if (omvat(pad)) {
            return true;
        }
        return pad != null && !pad.startsWith("/api/") && !pad.equals("/api") && !pad.startsWith("/q/")
                && accept != null && accept.contains("text/html");
    }

    static boolean isStatisch(String pad) {
        return pad != null && pad.startsWith("/static/");
    }
}
