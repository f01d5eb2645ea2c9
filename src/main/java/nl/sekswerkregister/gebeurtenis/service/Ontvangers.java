package nl.sekswerkregister.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: only under a URL prefix an administrator configured
 * ({@code sekswerkregister.gebeurtenissen.ontvangers}), so that a subscription cannot make this service
 * call an arbitrary host (SSRF: the database, a metadata endpoint, an internal admin page). Checked when
 * a subscription is made and again before every delivery, so that narrowing the list takes effect for
 * existing subscriptions too.
 *
 * <p>A URL matches a prefix on scheme, host and port exactly and on the path as a prefix at a segment
 * boundary. Refused besides: credentials in the URL (userinfo), a fragment, dot segments or encoded
 * dots and slashes in the path (they would leave the prefix once the receiver decodes them), and plain
 * HTTP unless the matching prefix itself is HTTP.
 */
@ApplicationScoped
public class Ontvangers {

    static final int MAXIMALE_LENGTE = 2000;

    private final List<URI> prefixen;

    @jakarta.inject.Inject
    public Ontvangers(GebeurtenissenConfig config) {
        this(config.ontvangers().orElse(List.of()));
    }

    Ontvangers(List<String> prefixen) {
        this.prefixen = prefixen.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Ontvangers::prefix).toList();
    }

    /** Why this URL is no allowed receiver, or empty when it is one. */
    public Optional<String> bezwaar(String url) {
        if (prefixen.isEmpty()) {
            return Optional.of("Er zijn geen ontvangers toegestaan: de beheerder van de dienst heeft geen URL's voor "
                    + "webhooks ingesteld.");
        }
        if (url.length() > MAXIMALE_LENGTE) {
            return Optional.of("Langer dan " + MAXIMALE_LENGTE + " tekens.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("Geen geldige URL.");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return Optional.of("Geen absolute http(s)-URL met een host.");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("Een URL met gebruikersnaam of wachtwoord wordt niet aanvaard.");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("Een URL met een fragment (#) wordt niet aanvaard.");
        }
        String pad = uri.getRawPath() == null ? "" : uri.getRawPath();
        String klein = pad.toLowerCase(Locale.ROOT);
        if (!uri.normalize().getRawPath().equals(pad) || klein.contains("%2e") || klein.contains("%2f")
                || klein.contains("%5c") || pad.contains("\\")) {
            return Optional.of("Het pad bevat . of .. of gecodeerde punten en schuine strepen.");
        }
        boolean toegestaan = prefixen.stream().anyMatch(p -> past(p, uri));
        return toegestaan ? Optional.empty() : Optional.of("Valt niet onder een ontvanger die de beheerder heeft "
                + "toegestaan (alleen https, tenzij de beheerder een http-adres toestond).");
    }

    public boolean isToegestaan(String url) {
        return bezwaar(url).isEmpty();
    }

    private static boolean past(URI prefix, URI uri) {
        String pad = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String voor = prefix.getRawPath();
        return prefix.getScheme().equalsIgnoreCase(uri.getScheme())
                && prefix.getHost().equalsIgnoreCase(uri.getHost())
                && poort(prefix) == poort(uri)
                && (voor.endsWith("/") ? pad.startsWith(voor) : pad.equals(voor) || pad.startsWith(voor + "/"));
    }

    private static int poort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI prefix(String tekst) {
        try {
            URI uri = new URI(tekst);
            String schema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(schema.equals("https") || schema.equals("http")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("sekswerkregister.gebeurtenissen.ontvangers: geen http(s)-prefix "
                        + "met host, zonder gebruikersgegevens, query of fragment: " + tekst);
            }
            return uri.getRawPath() == null || uri.getRawPath().isEmpty()
                    ? new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/", null, null) : uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("sekswerkregister.gebeurtenissen.ontvangers: geen geldige URL: " + tekst, e);
        }
    }
}
