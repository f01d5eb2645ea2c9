package nl.sekswerkregister.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * A real browser for the pages' tests: Debian's chromium and chromium-driver (deploy/test.sh installs
 * them), headless, with a fresh profile, talking to nothing but the service under test.
 *
 * <pre>
 * try (Browser browser = Browser.desktop()) {
 *     browser.open(VerpakteDienst.basis() + "/lappendeken");
 *     browser.toegankelijk();                         // axe: 0 violations of WCAG 2.0-2.2 A/AA
 *     browser.tab(By.cssSelector("a[href='/balie']")); // keyboard only, with a visible focus
 *     browser.schermafdruk("lappendeken-desktop");     // target/schermafdrukken/lappendeken-desktop.png
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCHERMAFDRUKKEN = Path.of("target", "schermafdrukken");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension TELEFOON = new Dimension(360, 740);

    private final ChromeDriver driver;
    private final Path profiel;

    private Browser(Dimension venster) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(CHROMIUM + " of " + CHROMEDRIVER
                    + " ontbreekt: installeer 'chromium' en 'chromium-driver' (deploy/test.sh doet dat)");
        }
        try {
            profiel = Files.createTempDirectory("browser-profiel");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions opties = new ChromeOptions().setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profiel,
                "--window-size=" + venster.width + "," + venster.height);
        ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(dienst, opties);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        venster(venster);
    }

    /** A desktop window of 1280x900. */
    public static Browser desktop() {
        return new Browser(DESKTOP);
    }

    /** A small phone's window of 360x740 (WCAG reflow is tested at 320 CSS px, see {@link #venster}). */
    public static Browser telefoon() {
        return new Browser(TELEFOON);
    }

    /** Sets the viewport (not the outer window) to this size, so pages see exactly this width. */
    public Browser venster(Dimension grootte) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", grootte.width,
                "height", grootte.height, "deviceScaleFactor", 1, "mobile", grootte.width < 600));
        return this;
    }

    /** Waits for what a page does after a click or a submit: explicit, never a sleep. */
    public org.openqa.selenium.support.ui.WebDriverWait wacht() {
        // A page being replaced may answer a lookup with an error instead of "not there yet": ask again until the
        // time is up (then the last error is the cause of the timeout).
        var wacht = new org.openqa.selenium.support.ui.WebDriverWait(driver(), java.time.Duration.ofSeconds(30));
        wacht.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wacht;
    }

    /**
     * Waits until the page that held this element has been replaced (after a submit, or a click that loads a page).
     * While a document is being replaced Chrome may answer for its nodes "Node with given id does not belong to the
     * document" instead of a stale reference: that page is gone too.
     */
    public void wachtTotWeg(WebElement oud) {
        wacht().until(d -> {
            try {
                oud.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement vind(By wat) {
        return driver.findElement(wat);
    }

    /** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and asserts there is no violation. */
    public Results toegankelijk() {
        Results resultaten = new AxeBuilder().withTags(WCAG).analyze(driver);
        assertThat(resultaten.getViolations()).as("axe-schendingen op %s:%n%s", driver.getCurrentUrl(),
                leesbaar(resultaten.getViolations())).isEmpty();
        return resultaten;
    }

    static String leesbaar(List<Rule> schendingen) {
        return schendingen.stream().map(regel -> "- " + regel.getId() + " (" + regel.getImpact() + "): " + regel.getHelp()
                + "\n  " + regel.getHelpUrl() + "\n" + regel.getNodes().stream()
                        .map(n -> "    " + n.getTarget() + ": " + (n.getFailureSummary() == null ? ""
                                : n.getFailureSummary().replace("\n", " ")))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Presses TAB from the top of the page until {@code doel} has the focus (at most {@code maximaal}
     * times), checking at every step that the focused element shows a visible focus indicator.
     * Returns the elements the focus passed, in order: a test can assert the order.
     */
    public List<String> tab(By doel, int maximaal) {
        WebElement gezocht = driver.findElement(doel);
        // From the top of the document: a blur alone leaves Chrome's sequential focus starting point where the focus
        // was (an autofocus field, say), so the next TAB would continue from there; focusing the body moves it.
        driver.executeScript("""
                document.activeElement && document.activeElement.blur();
                const body = document.body, had = body.hasAttribute('tabindex');
                if (!had) body.setAttribute('tabindex', '-1');
                body.focus({preventScroll: true});
                if (!had) body.removeAttribute('tabindex');
                window.scrollTo(0, 0);""");
        List<String> pad = new ArrayList<>();
        for (int i = 0; i < maximaal; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement actief = driver.switchTo().activeElement();
            pad.add(beschrijf(actief));
            assertThat(focusZichtbaar(actief)).as("zichtbare focus op %s (na %d keer TAB, langs %s)", beschrijf(actief),
                    i + 1, pad).isTrue();
            if (actief.equals(gezocht)) {
                return pad;
            }
        }
        throw new AssertionError("TAB bereikt " + doel + " niet binnen " + maximaal + " stappen; de focus ging langs "
                + pad);
    }

    public List<String> tab(By doel) {
        return tab(doel, 60);
    }

    /** Whether the element draws a focus indicator: an outline of 2px or more, or a box-shadow. */
    public boolean focusZichtbaar(WebElement element) {
        Object zichtbaar = ((JavascriptExecutor) driver).executeScript("""
                const s = getComputedStyle(arguments[0]);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                const schaduw = s.boxShadow && s.boxShadow !== 'none';
                return outline || schaduw;""", element);
        return Boolean.TRUE.equals(zichtbaar);
    }

    static String beschrijf(WebElement element) {
        String tekst = element.getText().strip();
        String href = element.getAttribute("href");
        return element.getTagName() + (href == null ? "" : "[" + href + "]")
                + (tekst.isEmpty() ? "" : " \"" + (tekst.length() > 40 ? tekst.substring(0, 40) + "…" : tekst) + "\"");
    }

    /** The whole page (not only the window) as target/schermafdrukken/{naam}.png. */
    public Path schermafdruk(String naam) {
        return schermafdruk(naam, Integer.MAX_VALUE);
    }

    /**
     * The page from its top down to at most {@code maximaleHoogte} CSS pixels: for pages whose text alternative
     * (a table of 342 municipalities) would make a picture for the README many megabytes long.
     */
    public Path schermafdruk(String naam, int maximaleHoogte) {
        try {
            Files.createDirectories(SCHERMAFDRUKKEN);
            Path bestand = SCHERMAFDRUKKEN.resolve(naam + ".png");
            @SuppressWarnings("unchecked")
            Map<String, Object> maat = (Map<String, Object>) driver.executeScript(
                    // From the top: fixed elements (a skip link parked above the viewport) are drawn where the
                    // viewport is, and would show up in the middle of a page captured while scrolled down.
                    "window.scrollTo({top: 0, left: 0, behavior: 'instant'});"
                    + "return {w: document.documentElement.clientWidth, h: Math.ceil(document.documentElement.scrollHeight)};");
            Map<String, Object> afdruk = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", maat.get("w"),
                            "height", Math.min(((Number) maat.get("h")).intValue(), maximaleHoogte), "scale", 1)));
            Files.write(bestand, OutputType.BYTES.convertFromBase64Png((String) afdruk.get("data")));
            return bestand;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paden = Files.walk(profiel)) {
                paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
