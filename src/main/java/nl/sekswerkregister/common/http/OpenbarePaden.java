package nl.sekswerkregister.common.http;

import java.util.List;

/**
 * The paths of open data: answered without a token, cached by anyone (Cache-Control public, ETag) and
 * rate limited per client. A constant, not configuration: which answers may be stored in shared caches
 * is a property of the answers, decided with the contract, not per deployment.
 */
public final class OpenbarePaden {

    /** The public register, rule sets and patchwork index; the aggregated statistics. */
    static final List<String> PREFIXEN = List.of("/api/v1/openbaar", "/api/v1/statistieken");

    private OpenbarePaden() {
    }

    public static boolean omvat(String pad) {
        return pad != null && PREFIXEN.stream().anyMatch(p -> pad.equals(p) || pad.startsWith(p + "/"));
    }
}
