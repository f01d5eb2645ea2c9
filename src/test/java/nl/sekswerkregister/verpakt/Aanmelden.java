package nl.sekswerkregister.verpakt;

import java.net.URI;
import java.time.Duration;
import nl.sekswerkregister.support.Browser;
import nl.sekswerkregister.support.VerpakteDienst;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logging in to a page in a real browser, through the code flow as a person would: the page sends the browser to
 * the identity provider, which ({@link nl.sekswerkregister.support.TestIdentiteitsprovider}) sends it straight back
 * as whoever the test chose. Cookies are dropped first, so one browser per class can be several people in turn.
 */
final class Aanmelden {

    private Aanmelden() {
    }

    /** Opens {@code pad} as this person and waits until the browser is back on that page. */
    static void als(Browser browser, String subject, String rol, String gemeente, String pad) {
        browser.driver().manage().deleteAllCookies();
        VerpakteDienst.identiteitsprovider().volgendeAanmelding(subject, rol, gemeente);
        browser.open(VerpakteDienst.url(pad));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                URI.create(d.getCurrentUrl()).getPort() == VerpakteDienst.apiPoort()
                        && URI.create(d.getCurrentUrl()).getPath().equals(pad)
                        && URI.create(d.getCurrentUrl()).getQuery() == null);
    }
}
