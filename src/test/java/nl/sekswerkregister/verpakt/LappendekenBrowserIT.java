package nl.sekswerkregister.verpakt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.support.Browser;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public map in a real browser, as a visitor uses it: choosing a date in the date control, filtering the
 * conflicts by check, clicking a municipality, and all of it by keyboard too. Two neighbouring municipalities of
 * this class's own get rule sets in a year of its own, so what changes between two dates is only what the test made.
 */
@ExtendWith(VerpakteDienst.class)
class LappendekenBrowserIT {

    static final List<String> BUREN = Eigendom.buren(LappendekenBrowserIT.class);
    static final String A = BUREN.get(0);
    static final String B = BUREN.get(1);
    static final int JAAR = Eigendom.jaar(LappendekenBrowserIT.class);
    static final LocalDate VOORJAAR = LocalDate.of(JAAR, 3, 1);
    static final LocalDate NAJAAR = LocalDate.of(JAAR, 9, 1);
    static final String ARTIKEL = "APV art. 3:4 lid 2";
    static final String LIJN = "svg.kaart g.conflict[data-gemeenten='" + (A.compareTo(B) < 0 ? A + " " + B : B + " " + A) + "']";

    static Browser browser;

    @BeforeAll
    static void regelsetsEnBrowser() {
        // A's minimum age goes from 18 to 21 on 1 July; B stays at 18: from then on the neighbours differ.
        Testdata.gepubliceerdeRegelset(A, JAAR + "-01-01", JAAR + "-06-30", Map.of("minimumleeftijd", 18));
        Testdata.gepubliceerdeRegelset(A, JAAR + "-07-01", JAAR + "-12-31", Map.of("minimumleeftijd", 21,
                "vindplaatsen", Map.of("minimumleeftijd", Map.of("artikel", ARTIKEL))));
        Testdata.gepubliceerdeRegelset(B, JAAR + "-01-01", JAAR + "-12-31", Map.of("minimumleeftijd", 18));
        browser = Browser.desktop();
    }

    @AfterAll
    static void dicht() {
        browser.close();
    }

    /** Every municipality on the map with its category (the value class its colour stands for). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> categorieen() {
        return new HashMap<>((Map<String, String>) browser.driver().executeScript("""
                const uit = {};
                document.querySelectorAll('svg.kaart [data-gemeente]').forEach(g => uit[g.dataset.gemeente] = g.dataset.categorie);
                return uit;"""));
    }

    private static String vulling(String gemeente) {
        return (String) browser.driver().executeScript("return getComputedStyle(arguments[0]).fill;",
                browser.vind(By.cssSelector("svg.kaart a[data-gemeente='" + gemeente + "'] path")));
    }

    /**
     * Types a date into the date control as a person would: a click on its label, then the digits in the order
     * the browser's locale shows the parts (day-month-year in Dutch, month-day-year in American English).
     */
    private static void kiesDatum(LocalDate datum) {
        WebElement veld = browser.vind(By.id("veld-peildatum"));
        browser.vind(By.cssSelector("label[for='veld-peildatum']")).click();
        @SuppressWarnings("unchecked")
        List<String> volgorde = (List<String>) browser.driver().executeScript("""
                return new Intl.DateTimeFormat(navigator.language, {year: 'numeric', month: '2-digit', day: '2-digit'})
                    .formatToParts(new Date(2001, 10, 22)).filter(p => p.type !== 'literal').map(p => p.type);""");
        Actions toetsen = new Actions(browser.driver());
        for (String deel : volgorde) {
            toetsen.sendKeys(switch (deel) {
                case "day" -> String.format("%02d", datum.getDayOfMonth());
                case "month" -> String.format("%02d", datum.getMonthValue());
                default -> String.valueOf(datum.getYear());
            });
        }
        toetsen.perform();
        assertThat(veld.getDomProperty("value")).as("de datum in het datumveld (volgorde %s)", volgorde)
                .isEqualTo(datum.toString());
    }

    /** Presses the form's button and waits for the new page. */
    private static void toon() {
        WebElement oud = browser.vind(By.tagName("html"));
        browser.vind(By.cssSelector("form.kaart-keuzes button[type='submit']")).click();
        browser.wachtTotWeg(oud);
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.kaart")));
    }

    @Test
    void deDatumKleurtAlleenDeGemeenteWaarDeRegelVerandertEnTrektConflictlijnen() {
        browser.open(VerpakteDienst.url("/lappendeken"));
        assertThat(browser.driver().findElements(By.cssSelector("svg.kaart a[data-gemeente] path"))).hasSize(342);
        browser.toegankelijk();
        // The README's picture: today's map with the researched rule sets the service ships.
        browser.schermafdruk("lappendeken-desktop", 1500);

        kiesDatum(VOORJAAR);
        toon();
        assertThat(browser.driver().getCurrentUrl()).contains("peildatum=" + VOORJAAR);
        Map<String, String> voor = categorieen();
        String vullingVoor = vulling(A);
        assertThat(voor).hasSize(342).containsEntry(A, "gezet:18").containsEntry(B, "gezet:18");
        assertThat(browser.driver().findElements(By.cssSelector(LIJN))).as("geen conflict zolang beide 18 zeggen").isEmpty();

        kiesDatum(NAJAAR);
        toon();
        Map<String, String> na = categorieen();
        assertThat(na).containsEntry(A, "gezet:21").containsEntry(B, "gezet:18");
        assertThat(vulling(A)).as("de kleur van " + A).isNotEqualTo(vullingVoor);
        na.remove(A);
        voor.remove(A);
        assertThat(na).as("alle andere gemeenten houden hun klasse").isEqualTo(voor);
        WebElement lijn = browser.vind(By.cssSelector(LIJN));
        assertThat(lijn.getAttribute("data-controle")).isEqualTo("LEEFTIJD_VERSCHILT");
        assertThat(lijn.getAttribute("data-ernst")).isEqualTo("WAARSCHUWING");
        browser.toegankelijk();

        // Filtering by check: only that check's lines remain.
        new Select(browser.vind(By.id("veld-controle"))).selectByValue("LEEFTIJD_VERSCHILT");
        toon();
        assertThat(browser.driver().findElements(By.cssSelector(LIJN))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("svg.kaart g.conflict")))
                .allSatisfy(g -> assertThat(g.getAttribute("data-controle")).isEqualTo("LEEFTIJD_VERSCHILT"));
        new Select(browser.vind(By.id("veld-controle"))).selectByValue("VERGUNNINGPLICHT_VERSCHILT");
        toon();
        assertThat(browser.driver().findElements(By.cssSelector(LIJN))).isEmpty();
    }

    /**
     * Clicks a point inside the municipality's own shape (its box's centre may lie in a neighbour), as an offset
     * from that centre: the driver scrolls the shape into view and clicks there, as a mouse would.
     */
    private static WebElement klikOp(String code) {
        WebElement gemeente = browser.vind(By.cssSelector("svg.kaart a[data-gemeente='" + code + "']"));
        WebElement vlak = gemeente.findElement(By.tagName("path"));
        @SuppressWarnings("unchecked")
        List<Number> punt = (List<Number>) browser.driver().executeScript("""
                const pad = arguments[0];
                // Instantly: the page scrolls smoothly, and a point measured mid-scroll would be somewhere else by the click.
                pad.scrollIntoView({block: 'center', behavior: 'instant'});
                const r = pad.getBoundingClientRect();
                for (let i = 1; i < 24; i++) for (let j = 1; j < 24; j++) {
                  const x = r.left + r.width * i / 24, y = r.top + r.height * j / 24;
                  if (document.elementFromPoint(x, y) === pad) return [x - (r.left + r.width / 2), y - (r.top + r.height / 2)];
                }
                return null;""", vlak);
        assertThat(punt).as("een punt binnen " + code).isNotNull();
        new Actions(browser.driver()).moveToElement(vlak, punt.get(0).intValue(), punt.get(1).intValue()).click().perform();
        browser.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("paneel-kop"), Eigendom.naam(code)));
        return gemeente;
    }

    @Test
    void eenKlikOpEenGemeenteToontHaarRegelsMetBron() {
        browser.open(VerpakteDienst.url("/lappendeken?peildatum=" + NAJAAR));
        WebElement gemeente = klikOp(A);
        WebElement paneel = browser.vind(By.id("paneel"));
        assertThat(paneel.getText()).contains("21 jaar", ARTIKEL, "APV " + A + " hoofdstuk 3 (test)");
        assertThat(gemeente.getAttribute("aria-current")).isEqualTo("true");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("de focus gaat naar het paneel")
                .isEqualTo("paneel");
        browser.toegankelijk();

        // The README's picture: today's researched rules of Amsterdam (read only), with their sources.
        browser.open(VerpakteDienst.url("/lappendeken"));
        klikOp("GM0363");
        assertThat(browser.vind(By.id("paneel")).getText()).contains("21 jaar", "Bron");
        browser.toegankelijk();
        Number onderkant = (Number) browser.driver().executeScript(
                "const r = document.getElementById('paneel').getBoundingClientRect(); return Math.ceil(r.bottom + scrollY + 24);");
        browser.schermafdruk("lappendeken-gemeente", onderkant.intValue());
    }

    @Test
    void metHetToetsenbordNaarDeTabelEnLangsDeGemeenten() {
        browser.open(VerpakteDienst.url("/lappendeken?peildatum=" + NAJAAR));
        browser.tab(By.cssSelector("a.kaart-overslaan"));
        assertThat(browser.vind(By.cssSelector("a.kaart-overslaan")).isDisplayed())
                .as("de skiplink is zichtbaar zodra hij de focus heeft").isTrue();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("gemeententabel");

        // The first municipality on the map is the next TAB stop after the skip link, with a visible focus.
        List<String> pad = browser.tab(By.cssSelector("svg.kaart a[data-gemeente]"));
        assertThat(pad.get(pad.size() - 2)).contains("Sla de kaart over");
        WebElement eerste = browser.driver().switchTo().activeElement();
        String code = eerste.getAttribute("data-gemeente");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("paneel-kop"), code));
    }
}
