package nl.sekswerkregister.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A browser without a browser: java.net.http with a cookie jar, following redirects by hand so a test can look at
 * every step of a login (the IdP's page, the code coming back, the session cookie). Asks for HTML, as a browser does.
 */
public final class Browsersessie {

    /** Quarkus OIDC's session cookie of tenant 'pagina'. */
    public static final String SESSIECOOKIE = "q_session_pagina";

    private final CookieManager koekjes = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackIsVeilig(koekjes))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<String> get(URI adres) throws IOException, InterruptedException {
        return get(adres, "text/html");
    }

    /** A GET with this browser's cookies that asks for another type, as a page's script asking the API would. */
    public HttpResponse<String> get(URI adres, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(adres).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(URI adres, String formulier) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(adres).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET, then follow up to ten redirects; the answer's uri() is where it ended. */
    public HttpResponse<String> volg(URI adres) throws IOException, InterruptedException {
        HttpResponse<String> antwoord = get(adres);
        for (int i = 0; i < 10 && antwoord.statusCode() / 100 == 3; i++) {
            antwoord = get(antwoord.uri().resolve(antwoord.headers().firstValue("Location").orElseThrow()));
        }
        return antwoord;
    }

    /**
     * Browsers treat http://localhost and 127.0.0.1 as a secure context and send Secure cookies there; Java's
     * CookieManager does not. So the packaged service can keep its production cookie (Secure) in the ITs.
     */
    private static final class LoopbackIsVeilig extends java.net.CookieHandler {
        private final CookieManager koekjes;

        LoopbackIsVeilig(CookieManager koekjes) {
            this.koekjes = koekjes;
        }

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI adres, java.util.Map<String, java.util.List<String>> koppen)
                throws IOException {
            return koekjes.get(veilig(adres), koppen);
        }

        @Override
        public void put(URI adres, java.util.Map<String, java.util.List<String>> koppen) throws IOException {
            koekjes.put(veilig(adres), koppen);
        }

        private static URI veilig(URI adres) {
            boolean loopback = "127.0.0.1".equals(adres.getHost()) || "localhost".equals(adres.getHost());
            if (!loopback || !"http".equals(adres.getScheme())) {
                return adres;
            }
            try {
                return new URI("https", adres.getUserInfo(), adres.getHost(), adres.getPort(), adres.getPath(), adres.getQuery(), null);
            } catch (java.net.URISyntaxException e) {
                return adres;
            }
        }
    }

    public Optional<HttpCookie> sessiecookie() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().startsWith(SESSIECOOKIE)).findFirst();
    }
}
