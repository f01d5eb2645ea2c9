package nl.sekswerkregister.pagina;

import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/** The desk's overview lists what the database holds for the caller's own municipality, and only that. */
@QuarkusTest
class BalieTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(BalieTest.class, 2);
    static final String GM = GEMEENTEN.get(0);
    static final String ANDERE = GEMEENTEN.get(1);

    static Response balie(String rol, String gemeente) {
        Response antwoord = Paginas.als(rol, gemeente).get("/balie");
        antwoord.then().statusCode(200).contentType("text/html");
        return antwoord;
    }

    /** The licence numbers in a section's rows (data-vergunningnummer), in page order. */
    static List<String> nummers(Response antwoord, String sectie, String rijklasse) {
        String html = antwoord.asString();
        int begin = html.indexOf("data-sectie=\"" + sectie + "\"");
        assertThat(begin).as("sectie " + sectie).isPositive();
        int einde = html.indexOf("</section>", begin);
        String deel = html.substring(begin, einde);
        if (rijklasse == null) {
            return Paginas.attribuut(deel, "data-vergunningnummer");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr class=\"[^\"]*\\b" + rijklasse
                + "\\b[^\"]*\" data-vergunningnummer=\"([^\"]*)\"").matcher(deel);
        List<String> nummers = new java.util.ArrayList<>();
        while (m.find()) {
            nummers.add(m.group(1));
        }
        return nummers;
    }

    @Test
    void deVergunningenVanDeEigenGemeenteEnNietVanEenAndere() {
        String eigen = Testdata.verleend(GM);
        String aanvraag = Testdata.aanvraag(GM);
        String andere = Testdata.verleend(ANDERE);
        for (String rol : List.of(Rol.VERGUNNINGVERLENER, Rol.BELEIDSMEDEWERKER)) {
            List<String> lijst = nummers(balie(rol, GM), "vergunningen", null);
            assertThat(lijst).as(rol).contains(eigen, aanvraag).doesNotContain(andere);
        }
        assertThat(nummers(balie(Rol.VERGUNNINGVERLENER, ANDERE), "vergunningen", null)).contains(andere)
                .doesNotContain(eigen);
    }

    @Test
    void eerstDeVergunningenDieBinnen90DagenVerlopenMetDeGrensErbij() {
        String morgen = Testdata.verleendTot(GM, "CLUB", vandaag().plusDays(1));
        String op90 = Testdata.verleendTot(GM, "CLUB", vandaag().plusDays(90));
        String op91 = Testdata.verleendTot(GM, "CLUB", vandaag().plusDays(91));
        List<String> verlopend = nummers(balie(Rol.VERGUNNINGVERLENER, GM), "vergunningen", "balie-verlopend");
        assertThat(verlopend).containsSubsequence(morgen, op90).doesNotContain(op91);
        assertThat(nummers(balie(Rol.VERGUNNINGVERLENER, GM), "vergunningen", null)).contains(op91);
    }

    @Test
    void openAanvragenMetTermijnAlleenVoorDeVergunningverlener() {
        String aanvraag = Testdata.aanvraag(GM);
        Response verlener = balie(Rol.VERGUNNINGVERLENER, GM);
        assertThat(nummers(verlener, "aanvragen", null)).contains(aanvraag);
        assertThat(verlener.asString()).contains("Uiterste beslisdatum");

        Response beleid = balie(Rol.BELEIDSMEDEWERKER, GM);
        assertThat(nummers(beleid, "aanvragen", null)).isEmpty();
        assertThat(beleid.asString()).contains("alleen voor vergunningverleners");
    }

    @Test
    void deRegelsetDieGeldtInWoordenEnDeConflicten() {
        int versie = Testdata.gepubliceerdeRegelset(GM, vandaag().minusDays(10).toString(),
                vandaag().plusYears(1).toString(), Map.of("minimumleeftijd", 21, "tippelzone", false));
        Response antwoord = balie(Rol.BELEIDSMEDEWERKER, GM);
        String html = antwoord.asString();
        assertThat(html).contains("data-sectie=\"regelset\"", "Versie " + versie, "Minimumleeftijd sekswerker",
                "/api/v1/gemeenten/" + GM + "/regelsets/" + versie, "data-sectie=\"conflicten\"", "/balie/simulatie");
        assertThat(html).containsPattern("<th scope=\"row\"[^>]*>Tippelzone</th><td[^>]*>nee</td>");
        // Worded as the map words it, with its unit.
        assertThat(html).containsPattern("<th scope=\"row\"[^>]*>Minimumleeftijd sekswerker</th><td[^>]*>21 jaar</td>");
    }

    @Test
    void alleenDeBalieVanEenGemeente() {
        Paginas.naarInloggen(Paginas.anoniem().get("/balie"));
        Paginas.als(Rol.HANDHAVER, GM).get("/balie").then().statusCode(403);
        Paginas.als(Rol.AUDITOR, null).get("/balie").then().statusCode(403);
        Paginas.als(Rol.VERGUNNINGVERLENER, null).get("/balie").then().statusCode(403);
        Paginas.als(Rol.VERGUNNINGVERLENER, GM).queryParam("pagina", "<b>").get("/balie").then().statusCode(400);
    }
}
