package nl.sekswerkregister.verpakt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Browser;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The licensing desk in a real browser, logged in through the code flow as a licensing officer of a municipality
 * this class owns: the overview shows what the database holds for that municipality and nothing of another, and the
 * simulation of a rule change shows the map and which conflicts with the neighbours it would solve.
 */
@ExtendWith(VerpakteDienst.class)
class BalieBrowserIT {

    static final List<String> BUREN = Eigendom.buren(BalieBrowserIT.class);
    static final String A = BUREN.get(0);
    static final String B = BUREN.get(1);
    static final String ANDERE = Eigendom.gemeenten(BalieBrowserIT.class, 3).get(2);

    static Browser browser;
    static String binnenkort;
    static String later;
    static String aanvraag;
    static String elders;

    @BeforeAll
    static void balie() {
        LocalDate vandaag = TestKlok.vandaag();
        // Today A asks 21 years and its neighbour B 18: a conflict the desk sees, and a change it can try out.
        String van = vandaag.minusDays(30).toString();
        String tot = vandaag.plusYears(1).toString();
        Testdata.gepubliceerdeRegelset(A, van, tot, Map.of("minimumleeftijd", 21));
        Testdata.gepubliceerdeRegelset(B, van, tot, Map.of("minimumleeftijd", 18));
        binnenkort = Testdata.verleendTot(A, "CLUB", vandaag.plusDays(30));
        later = Testdata.verleend(A);
        aanvraag = Testdata.aanvraag(A);
        elders = Testdata.verleend(ANDERE);
        browser = Browser.desktop();
    }

    @AfterAll
    static void dicht() {
        browser.close();
    }

    private static WebElement sectie(String naam) {
        return browser.vind(By.cssSelector("section[data-sectie='" + naam + "']"));
    }

    private static List<String> nummers(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(r -> r.getAttribute("data-vergunningnummer")).toList();
    }

    @Test
    void deBalieToontDeVergunningenEnAanvragenVanDeEigenGemeente() {
        Aanmelden.als(browser, "balie-it", Rol.VERGUNNINGVERLENER, A, "/balie");
        assertThat(browser.vind(By.tagName("h1")).getText()).isEqualTo("Balie");
        assertThat(nummers("section[data-sectie='vergunningen'] tr.balie-verlopend"))
                .as("verloopt binnen 90 dagen").containsExactly(binnenkort);
        assertThat(nummers("section[data-sectie='vergunningen'] tr[data-vergunningnummer]:not(.balie-verlopend)"))
                .contains(binnenkort, later);
        assertThat(nummers("section[data-sectie='aanvragen'] tr[data-vergunningnummer]")).containsExactly(aanvraag);
        assertThat(browser.driver().getPageSource()).doesNotContain(elders);

        assertThat(sectie("regelset").getText()).contains("Minimumleeftijd sekswerker 21 jaar");
        assertThat(sectie("conflicten").getText()).contains(Eigendom.naam(B));
        browser.toegankelijk();
        browser.schermafdruk("balie-desktop");
    }

    @Test
    void deSimulatieToontDeKaartEnDeConflictenDieVerdwijnen() {
        Aanmelden.als(browser, "balie-it", Rol.VERGUNNINGVERLENER, A, "/balie");
        WebElement oud = browser.vind(By.tagName("html"));
        browser.vind(By.linkText("Een wijziging van de regelset simuleren")).click();
        browser.wachtTotWeg(oud);
        assertThat(browser.vind(By.tagName("h1")).getText()).startsWith("Simulatie");
        browser.toegankelijk();

        WebElement wijziging = browser.vind(By.id("veld-wijziging"));
        wijziging.clear();
        wijziging.sendKeys("{\"minimumleeftijd\": 18}");
        oud = browser.vind(By.tagName("html"));
        browser.vind(By.cssSelector("form.simulatie-formulier button[type='submit']")).click();
        browser.wachtTotWeg(oud);
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.kaart")));

        WebElement opgelost = browser.vind(By.cssSelector("[data-lijst='opgelost']"));
        assertThat(opgelost.findElements(By.cssSelector("[data-controle='LEEFTIJD_VERSCHILT']"))).isNotEmpty();
        assertThat(opgelost.getText()).contains(Eigendom.naam(B));
        assertThat(browser.vind(By.cssSelector("svg.kaart [data-gemeente='" + A + "']")).getAttribute("data-categorie"))
                .isEqualTo("gezet:18");
        assertThat(browser.driver().findElements(By.cssSelector("svg.kaart [data-gemeente]"))).hasSize(342);
        assertThat(browser.driver().findElements(By.cssSelector("svg.kaart g.conflict[data-gemeenten='"
                + (A.compareTo(B) < 0 ? A + " " + B : B + " " + A) + "']"))).isEmpty();
        browser.toegankelijk();
        browser.schermafdruk("balie-simulatie", 3000);
    }
}
