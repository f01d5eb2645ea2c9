package nl.sekswerkregister.verpakt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sekswerkregister.support.Browser;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The landing page in a real browser, served by the packaged service: what a visitor sees first. */
@ExtendWith(VerpakteDienst.class)
class StartpaginaIT {

    static String start() {
        return VerpakteDienst.url("/");
    }

    @Test
    void opDeComputerIsDeStartpaginaToegankelijkEnMetHetToetsenbordTeBedienen() {
        try (Browser browser = Browser.desktop()) {
            browser.open(start());
            assertThat(browser.vind(By.tagName("h1")).getText()).isEqualTo("Sekswerkregister");
            // The theme's font and styles arrived: the body is set in Noto Sans, not the browser default.
            assertThat(browser.vind(By.tagName("body")).getCssValue("font-family")).contains("Noto Sans");
            browser.toegankelijk();
            browser.schermafdruk("startpagina-desktop");

            List<String> pad = browser.tab(By.cssSelector("main a[href='/api/v1/openapi.json']"));
            assertThat(pad.get(0)).as("het eerste TAB-doel").contains("Naar de inhoud");
            for (String doel : List.of("/lappendeken", "/deurcontrole", "/balie")) {
                assertThat(pad).as("TAB bereikt " + doel).anyMatch(stap -> stap.contains(doel + "]"));
            }
        }
    }

    @Test
    void deSkiplinkBrengtDeFocusNaarDeInhoud() {
        try (Browser browser = Browser.desktop()) {
            browser.open(start());
            WebElement skiplink = browser.vind(By.cssSelector("a.utrecht-skip-link"));
            browser.tab(By.cssSelector("a.utrecht-skip-link"), 1);
            assertThat(skiplink.isDisplayed()).as("de skiplink is zichtbaar zodra hij de focus heeft").isTrue();
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("inhoud");
            // The next TAB continues inside the content, past the header's menu.
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("href")).endsWith("/lappendeken");
            assertThat(browser.driver().switchTo().activeElement().findElement(By.xpath("ancestor::main"))).isNotNull();
        }
    }

    @Test
    void opEenTelefoonPastDePaginaZonderZijwaartsTeScrollen() {
        try (Browser browser = Browser.telefoon()) {
            browser.open(start());
            browser.toegankelijk();
            browser.schermafdruk("startpagina-telefoon");
            // WCAG 1.4.10 (reflow): no horizontal scrolling at 360 px, nor at the 320 px the criterion names.
            for (int breedte : new int[] {360, 320}) {
                browser.venster(new Dimension(breedte, 740));
                Number pagina = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                assertThat(pagina.intValue()).as("paginabreedte bij een venster van %d px", breedte).isLessThanOrEqualTo(breedte);
            }
        }
    }
}
