package nl.sekswerkregister.pagina.kaart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public patchwork map as a reader gets it: two neighbours of this class's own in a year of its
 * own (so only these rule sets are in force then), A raising its minimum age on 1 July, B staying at
 * 18 with a draft of 30 that must never show, C having decided not to regulate the age.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LappendekenPaginaTest {

    static final List<String> BUREN = Eigendom.buren(LappendekenPaginaTest.class);
    static final String A = BUREN.get(0);
    static final String B = BUREN.get(1);
    static final String C = Eigendom.gemeenten(LappendekenPaginaTest.class, 3).get(2);
    static final int JAAR = Eigendom.jaar(LappendekenPaginaTest.class);
    static final String VOORJAAR = JAAR + "-03-01";
    static final String NAJAAR = JAAR + "-09-01";
    static final String APV = "https://lokaleregelgeving.example/apv-" + A;

    boolean klaar;

    @BeforeEach
    void regelsets() {
        if (klaar) {
            return;
        }
        Testdata.gepubliceerdeRegelset(A, JAAR + "-01-01", JAAR + "-06-30", Map.of("minimumleeftijd", 18));
        Testdata.gepubliceerdeRegelset(A, JAAR + "-07-01", JAAR + "-12-31", Map.of("minimumleeftijd", 21,
                "vindplaatsen", Map.of("minimumleeftijd", Map.of("artikel", "APV art. 3:4 lid 2", "url", APV))));
        Testdata.gepubliceerdeRegelset(B, JAAR + "-01-01", JAAR + "-12-31", Map.of("minimumleeftijd", 18));
        Testdata.regelsetConcept(B, Map.of("geldigVanaf", JAAR + "-02-01", "bron", "APV (ontwerp)",
                "regels", Map.of("minimumleeftijd", 30)));
        Testdata.gepubliceerdeRegelset(C, JAAR + "-01-01", JAAR + "-12-31", Map.of("nietGeregeld", List.of("minimumleeftijd")));
        klaar = true;
    }

    @Test
    void alleGemeentenStaanOpDeKaartMetEenLegendaVanDrieSoorten() throws java.io.IOException {
        Response pagina = kaart("peildatum=" + VOORJAAR);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.contentType()).startsWith("text/html");
        String html = pagina.asString();
        assertThat(tel(html, "<a href=\"[^\"]+\" class=\"gemeente[^\"]*\" data-gemeente=\"GM[0-9]{4}\"")).isEqualTo(342);
        assertThat(tel(html, "<path d=\"M")).isEqualTo(342);
        assertThat(html).contains("data-soort=\"gezet\"", "data-soort=\"niet geregeld\"", "data-soort=\"onbekend\"")
                .contains("Bron: CBS, Kadaster/PDOK – CBS Gebiedsindelingen 2025")
                .contains("href=\"#gemeententabel\"", "id=\"gemeententabel\"");
        // The text alternative lists every municipality with its value in words.
        assertThat(tel(html, "<tr class=\"utrecht-table__row\" data-gemeente=")).isEqualTo(342);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "lappendeken-voorbeeld.html"), html);
        System.out.printf("kaart: %d tekens HTML, waarvan %d SVG%n", html.length(),
                html.indexOf("</svg>") - html.indexOf("<svg class=\"kaart\""));
    }

    @Test
    void dePeildatumKiestDeRegelsetDieDanGeldt() {
        assertThat(categorie(kaart("peildatum=" + VOORJAAR).asString(), A)).isEqualTo("gezet:18");
        assertThat(categorie(kaart("peildatum=" + NAJAAR).asString(), A)).isEqualTo("gezet:21");
        assertThat(titel(kaart("peildatum=" + NAJAAR).asString(), A)).endsWith(": 21 jaar");
    }

    @Test
    void nietGeregeldEnOnbekendZijnEigenSoorten() {
        String html = kaart("peildatum=" + VOORJAAR).asString();
        assertThat(categorie(html, C)).isEqualTo("niet-geregeld");
        assertThat(html).contains("bewust geen regel) <span class=\"aantal\">(1 gemeente)</span>");
        String ander = html.contains("data-gemeente=\"GM0363\"") && !List.of(A, B, C).contains("GM0363") ? "GM0363" : "GM0014";
        assertThat(categorie(html, ander)).isEqualTo("onbekend");
        assertThat(titel(html, ander)).contains("onbekend");
    }

    @Test
    void eenConceptIsNooitTeZien() {
        String html = kaart("peildatum=" + VOORJAAR + "&gemeente=" + B).asString();
        assertThat(categorie(html, B)).isEqualTo("gezet:18");
        assertThat(html).doesNotContain("gezet:30").doesNotContain("30 jaar").doesNotContain("APV (ontwerp)");
    }

    @Test
    void conflictenZijnLijnenTussenBurenEnTeFilterenOpControle() {
        String lijn = "data-controle=\"LEEFTIJD_VERSCHILT\" data-ernst=\"WAARSCHUWING\" data-gemeenten=\""
                + (A.compareTo(B) < 0 ? A + " " + B : B + " " + A) + "\"";
        String najaar = kaart("peildatum=" + NAJAAR).asString();
        assertThat(najaar).contains(lijn);
        // And in words, for whoever does not see the lines.
        String lijst = najaar.substring(najaar.indexOf("id=\"conflictenlijst-kop\""));
        assertThat(lijst).contains("data-controle=\"LEEFTIJD_VERSCHILT\"", Eigendom.naam(A), Eigendom.naam(B));
        assertThat(kaart("peildatum=" + VOORJAAR).asString()).doesNotContain(lijn);
        assertThat(kaart("peildatum=" + NAJAAR + "&controle=LEEFTIJD_VERSCHILT").asString()).contains(lijn);
        String anders = kaart("peildatum=" + NAJAAR + "&controle=VERGUNNINGPLICHT_VERSCHILT").asString();
        assertThat(anders).doesNotContain("data-controle=\"LEEFTIJD_VERSCHILT\"");
        assertThat(anders).contains("<option value=\"VERGUNNINGPLICHT_VERSCHILT\" selected>");
    }

    @Test
    void eenGekozenGemeenteToontRegelsBronnenEnConflicten() {
        String html = kaart("peildatum=" + NAJAAR + "&gemeente=" + A).asString();
        String paneel = html.substring(html.indexOf("id=\"paneel\""), html.indexOf("id=\"index-kop\""));
        assertThat(paneel).contains(Eigendom.naam(A))
                .contains("minimumleeftijd", "21 jaar")
                .contains("href=\"" + APV + "\"", "APV art. 3:4 lid 2")
                .contains("APV " + A + " hoofdstuk 3 (test)")
                .contains("Twee gemeenten hanteren een verschillende minimumleeftijd.")
                .contains(Eigendom.naam(B) + " (" + B + ")");
        // The engine's English explanation too, as the API gives it (uitleg.en), marked as English.
        assertThat(paneel).containsPattern("<p class=\"utrecht-paragraph bevinding-engels\" lang=\"en\">[A-Z][^<]{20,}</p>");
        assertThat(html).contains("data-gemeente=\"" + A + "\" data-categorie=\"gezet:21\" aria-current=\"true\"");
    }

    @Test
    void deIndexPerProvincieStaatNaastDeKaart() {
        String html = kaart("peildatum=" + NAJAAR).asString();
        assertThat(html).contains("Lappendeken-index per provincie", "data-regio=\"Nederland\"");
    }

    @Test
    void eenOngeldigeParameterGeeftHetFormulierMet400EnNoemtHem() {
        for (String[] geval : List.of(new String[] {"peildatum=2026-02-30", "peildatum"},
                new String[] {"peildatum=morgen", "peildatum"}, new String[] {"dimensie=haarkleur", "dimensie"},
                new String[] {"gemeente=GM9999", "gemeente"}, new String[] {"gemeente=amsterdam", "gemeente"},
                new String[] {"controle=GEEN_CONTROLE", "controle"},
                new String[] {"controle=VERGUNNING_ZONDER_REGELSET", "controle"})) {
            Response pagina = kaart(geval[0]);
            assertThat(pagina.statusCode()).as(geval[0]).isEqualTo(400);
            assertThat(pagina.contentType()).as(geval[0]).startsWith("text/html");
            assertThat(pagina.asString()).as(geval[0]).contains("data-veld=\"" + geval[1] + "\"")
                    .contains("id=\"veld-peildatum\"").doesNotContain("<svg class=\"kaart\"");
        }
    }

    @Test
    void eenOnbekendeOfLegeParameterKrijgtEenFoutpaginaDieHemNoemt() {
        // Caught before the page itself (HttpConventies, as for the API): the error page still says what to correct.
        for (String[] geval : List.of(new String[] {"peildatun=2026-01-01", "peildatun"},
                new String[] {"gemeente=", "gemeente"})) {
            Response pagina = kaart(geval[0]);
            assertThat(pagina.statusCode()).as(geval[0]).isEqualTo(400);
            assertThat(pagina.contentType()).as(geval[0]).startsWith("text/html");
            Matcher veld = Pattern.compile("data-velden>\\s*<li><strong>([^<]*)</strong>").matcher(pagina.asString());
            assertThat(veld.find()).as(geval[0]).isTrue();
            assertThat(veld.group(1)).as(geval[0]).isEqualTo(geval[1]);
        }
    }

    @Test
    void deKaartZegtDatZeUtf8Is() {
        assertThat(kaart("dimensie=minimumleeftijd").contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
    }

    static Response kaart(String query) {
        return given().accept("text/html").get("/lappendeken?" + query);
    }

    static String categorie(String html, String gemeente) {
        Matcher m = Pattern.compile("data-gemeente=\"" + gemeente + "\" data-categorie=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as(gemeente + " op de kaart").isTrue();
        return m.group(1);
    }

    static String titel(String html, String gemeente) {
        Matcher m = Pattern.compile("data-gemeente=\"" + gemeente + "\" data-categorie=\"[^\"]+\"[^>]*><title>([^<]+)</title>")
                .matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static int tel(String html, String patroon) {
        Matcher m = Pattern.compile(patroon).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
