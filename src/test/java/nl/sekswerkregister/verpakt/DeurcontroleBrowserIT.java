package nl.sekswerkregister.verpakt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Browser;
import nl.sekswerkregister.support.Controles;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The door check as an enforcement officer uses it: on a phone (360 px), logged in through the code flow, typing a
 * number and pressing ENTER. What the officer must be able to tell at a glance (valid, closed until when, not
 * valid) is asserted on what the page shows, and the page must stay usable by keyboard and screen reader.
 */
@ExtendWith(VerpakteDienst.class)
class DeurcontroleBrowserIT {

    static final String GM = Eigendom.gemeente(DeurcontroleBrowserIT.class);
    static final SplittableRandom TOEVAL = new SplittableRandom();
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    static Browser browser;

    @BeforeAll
    static void telefoon() {
        browser = Browser.telefoon();
    }

    @AfterAll
    static void dicht() {
        browser.close();
    }

    private void alsHandhaver() {
        Aanmelden.als(browser, "handhaver-deur-it", Rol.HANDHAVER, GM, "/deurcontrole");
    }

    /** Keyboard only: TAB to the field, type, ENTER; returns the result block once the answer page is there. */
    private WebElement controleer(String veld, String invoer) {
        browser.tab(By.id(veld));
        WebElement oud = browser.vind(By.tagName("html"));
        new Actions(browser.driver()).sendKeys(invoer).sendKeys(Keys.ENTER).perform();
        browser.wachtTotWeg(oud);
        WebElement uitslag = browser.wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-uitslag]")));
        // Announced: the answer sits in a live region (role=status) and is on screen without scrolling sideways.
        assertThat(uitslag.findElement(By.xpath("ancestor::section[@role='status']")).isDisplayed()).isTrue();
        return uitslag;
    }

    @Test
    void eenHandhaverZietOpDeTelefoonGeldigGeslotenEnNietGeldig() {
        String geldig = Testdata.verleendOp(GM, Testdata.uniekAdres(TOEVAL, "Deurstraat"));
        String gesloten = Testdata.verleendOp(GM, Testdata.uniekAdres(TOEVAL, "Sluitingsstraat"));
        LocalDate einde = sluit(gesloten);

        alsHandhaver();
        assertThat(browser.vind(By.tagName("h1")).getText()).isEqualTo("Controle aan de deur");
        browser.toegankelijk();

        WebElement uitslag = controleer("zoekterm", geldig);
        assertThat(uitslag.getAttribute("data-uitslag")).isEqualTo("GELDIG");
        assertThat(uitslag.findElement(By.cssSelector(".deur-uitslag-kop")).getText()).isEqualTo("Geldig");
        assertThat(uitslag.getText()).contains(geldig, "Deurstraat");
        geenZijwaartsScrollen();
        browser.toegankelijk();
        browser.schermafdruk("deurcontrole-telefoon-geldig");

        uitslag = controleer("zoekterm", gesloten);
        assertThat(uitslag.getAttribute("data-uitslag")).isEqualTo("GESLOTEN");
        assertThat(uitslag.findElement(By.cssSelector(".deur-uitslag-kop")).getText())
                .isEqualTo("Gesloten tot en met " + DATUM.format(einde));
        geenZijwaartsScrollen();
        browser.toegankelijk();
        browser.schermafdruk("deurcontrole-telefoon-gesloten");

        uitslag = controleer("zoekterm", GM + "-1999-999999");
        assertThat(uitslag.getAttribute("data-uitslag")).isEqualTo("GEEN_VERGUNNING");
        assertThat(uitslag.getText()).contains("Geen vergunning gevonden").doesNotContain("Geldig");
        geenZijwaartsScrollen();
        browser.toegankelijk();
    }

    @Test
    void eenRegistratienummerIsAlleenGeldigOfNietGeldig() {
        Testdata.metRegistratieplicht(GM);
        LocalDate vandaag = TestKlok.vandaag();
        String nummer = Api.als(Rol.VERGUNNINGVERLENER, GM).header("X-Doelbinding", "Registratie sekswerkers (test)")
                .header("X-Verwerkingsactiviteit", "Registreren na intake")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("gemeenteCode", GM, "identificatie", Personen.metBsn(Personen.bsn()),
                        "geboortedatum", vandaag.minusYears(30).toString(), "intakedatum", vandaag.minusDays(3).toString()))
                .post("/api/v1/registraties").then().statusCode(201).extract().path("registratienummer");

        alsHandhaver();
        WebElement uitslag = controleer("registratienummer", nummer);
        assertThat(uitslag.getAttribute("data-uitslag")).isEqualTo("GELDIG");
        assertThat(uitslag.getText()).isEqualTo("Geldig");
        // Nothing about the person: not the number back, no municipality, no end date.
        assertThat(browser.vind(By.tagName("main")).getText()).doesNotContain(nummer, GM, "ACTIEF", "tot en met");
        geenZijwaartsScrollen();
        browser.toegankelijk();

        uitslag = controleer("registratienummer", Registratienummer.nieuw());
        assertThat(uitslag.getAttribute("data-uitslag")).isEqualTo("NIET_GELDIG");
        assertThat(uitslag.getText()).isEqualTo("Niet geldig");
    }

    @Test
    void eenVergunningverlenerKrijgtGeenToegang() {
        Aanmelden.als(browser, "balie-deur-it", Rol.VERGUNNINGVERLENER, GM, "/deurcontrole");
        assertThat(browser.vind(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
        assertThat(browser.vind(By.tagName("main")).getText()).contains("handhaver");
        assertThat(browser.driver().findElements(By.id("zoekterm"))).isEmpty();
        geenZijwaartsScrollen();
        browser.toegankelijk();
    }

    /** WCAG 1.4.10 (reflow): the page fits 360 px, and 320 px, without scrolling sideways. */
    private void geenZijwaartsScrollen() {
        for (int breedte : new int[] {360, 320}) {
            browser.venster(new Dimension(breedte, 740));
            Number pagina = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
            assertThat(pagina.intValue()).as("paginabreedte bij %d px", breedte).isLessThanOrEqualTo(breedte);
        }
        browser.venster(Browser.TELEFOON);
    }

    /** Closes the licence's premises for two weeks from today, as the enforcement lawyer does (README "Sanctions"). */
    private static LocalDate sluit(String nummer) {
        UUID vestiging = Testdata.vestigingVan(GM, nummer);
        LocalDate vandaag = TestKlok.vandaag();
        Controles controle = Controles.maak(VerpakteDienst.databaseUrl(), GM, vestiging, vandaag.minusDays(1));
        LocalDate einde = vandaag.plusDays(14);
        Map<String, Object> sluiting = new HashMap<>();
        sluiting.put("soort", "SLUITING");
        sluiting.put("vestigingId", vestiging.toString());
        sluiting.put("vergunningnummer", nummer);
        sluiting.put("motivering", "Bij de controle van gisteren bleek de inrichting na sluitingstijd open.");
        sluiting.put("grondslagen", List.of(Map.of("soort", "GEMEENTEWET_125", "verwijzing", "art. 125 Gemeentewet")));
        sluiting.put("controles", List.of(controle.controleId().toString()));
        sluiting.put("bekendgemaaktOp", vandaag.toString());
        sluiting.put("ingangsdatum", vandaag.toString());
        sluiting.put("einddatum", einde.toString());
        Api.als(Rol.HANDHAVINGSJURIST, GM).header("X-Doelbinding", "Handhaving APV")
                .header("X-Verwerkingsactiviteit", "Sanctie opleggen").body(sluiting).post("/api/v1/sancties")
                .then().log().ifValidationFails().statusCode(201);
        return einde;
    }
}
