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
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(koekjes)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<String> get(URI adres) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(adres).header("Accept", "text/html").GET().build(),
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

    public Optional<HttpCookie> sessiecookie() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().startsWith(SESSIECOOKIE)).findFirst();
    }
}
