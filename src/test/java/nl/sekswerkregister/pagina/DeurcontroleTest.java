package nl.sekswerkregister.pagina;

import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.privacy.Registratienummer;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Controles;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The check at the door, as an officer on a phone uses it: one field, an answer in words, the same
 * service calls, scope and processing-log entries as the API's door check.
 */
@QuarkusTest
class DeurcontroleTest {

    static final String GM = Eigendom.gemeente(DeurcontroleTest.class);
    static final long ZAAD = System.nanoTime();
    static final SplittableRandom TOEVAL = new SplittableRandom(ZAAD);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Inject
    Database database;

    static Response controleer(String rol, String zoekterm) {
        return Paginas.als(rol, GM).formParam("zoekterm", zoekterm).post("/deurcontrole");
    }

    /** The outcome codes of the answer, in order (data-uitslag). */
    static List<String> uitslagen(Response antwoord) {
        return Paginas.attribuut(antwoord.asString(), "data-uitslag");
    }

    @Test
    void eenVerleendeVergunningIsGeldigMetAdresEnSoortBedrijf() {
        String nummer = Testdata.verleend(GM);
        Response antwoord = controleer(Rol.HANDHAVER, nummer.toLowerCase(Locale.ROOT));
        antwoord.then().statusCode(200).contentType("text/html");
        assertThat(antwoord.contentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(uitslagen(antwoord)).as("seed %d", ZAAD).containsExactly("GELDIG");
        assertThat(antwoord.asString()).contains(">Geldig<", "Oudezijds Achterburgwal 12", "1012 DN Amsterdam",
                "Club of privéhuis", nummer);
    }

    @Test
    void eenGeschorsteVergunningIsGeschorst() {
        String nummer = Testdata.verleend(GM);
        Testdata.neemBesluit(GM, nummer, "SCHORSEN");
        Response antwoord = controleer(Rol.HANDHAVER, nummer);
        antwoord.then().statusCode(200);
        assertThat(uitslagen(antwoord)).containsExactly("GESCHORST");
        assertThat(antwoord.asString()).contains("Geschorst");
    }

    @Test
    void eenGeslotenVestigingIsGeslotenTotDeEinddatumOokOpAdres() {
        Map<String, Object> adres = Testdata.uniekAdres(TOEVAL, "Sluitingsstraat");
        String nummer = Testdata.verleendOp(GM, adres);
        UUID vestiging = Testdata.vestigingVan(GM, nummer);
        Controles controle = Controles.maak(database, GM, vestiging, vandaag().minusDays(1), "OPENINGSTIJDEN_OVERSCHREDEN");
        LocalDate einde = vandaag().plusDays(14);
        Map<String, Object> sluiting = new HashMap<>();
        sluiting.put("soort", "SLUITING");
        sluiting.put("vestigingId", vestiging.toString());
        sluiting.put("vergunningnummer", nummer);
        sluiting.put("motivering", "Bij de controle van gisteren bleek de inrichting na sluitingstijd open.");
        sluiting.put("grondslagen", List.of(Map.of("soort", "GEMEENTEWET_125", "verwijzing", "art. 125 Gemeentewet"),
                Map.of("soort", "APV", "verwijzing", "APV art. 3:11 lid 1 (test)")));
        sluiting.put("controles", List.of(controle.controleId().toString()));
        sluiting.put("bevindingen", List.of(controle.bevinding().toString()));
        sluiting.put("bekendgemaaktOp", vandaag().toString());
        sluiting.put("ingangsdatum", vandaag().toString());
        sluiting.put("einddatum", einde.toString());
        Api.als(Rol.HANDHAVINGSJURIST, GM).header("X-Doelbinding", "Handhaving APV")
                .header("X-Verwerkingsactiviteit", "Sanctie opleggen").body(sluiting).post("/api/v1/sancties")
                .then().log().ifValidationFails().statusCode(201);

        for (String term : List.of(nummer, postcodeEnNummer(adres))) {
            Response antwoord = controleer(Rol.HANDHAVER, term);
            antwoord.then().statusCode(200);
            assertThat(uitslagen(antwoord)).as(term).containsExactly("GESLOTEN");
            assertThat(antwoord.asString()).contains("Gesloten tot en met " + DATUM.format(einde));
        }
    }

    @Test
    void geweigerdVerlopenEnOnbekendZijnNietGeldig() {
        String geweigerd = Testdata.aanvraag(GM);
        Testdata.neemBesluit(GM, geweigerd, "WEIGEREN");
        assertThat(uitslagen(controleer(Rol.HANDHAVER, geweigerd))).containsExactly("NIET_GELDIG");

        String kort = Testdata.verleendTot(GM, "CLUB", vandaag().plusDays(1));
        TestKlok.zet(vandaag().plusDays(3).atTime(12, 0).atZone(Klok.NEDERLAND).toInstant());
        try {
            Response antwoord = controleer(Rol.HANDHAVER, kort);
            assertThat(uitslagen(antwoord)).containsExactly("NIET_GELDIG");
            assertThat(antwoord.asString()).contains("Niet geldig", "verlopen");
        } finally {
            TestKlok.herstel();
        }

        Response onbekend = controleer(Rol.HANDHAVER, GM + "-1999-999999");
        onbekend.then().statusCode(200);
        assertThat(uitslagen(onbekend)).containsExactly("GEEN_VERGUNNING");
        assertThat(onbekend.asString()).contains("Geen vergunning gevonden");
    }

    @Test
    void opAdresInDeVormenDieEenAgentTypt() {
        Map<String, Object> adres = Testdata.uniekAdres(TOEVAL, "Adresstraat");
        String nummer = Testdata.verleendOp(GM, adres);
        String postcode = (String) adres.get("postcode");
        Object huisnummer = adres.get("huisnummer");
        for (String term : List.of(postcode + " " + huisnummer, postcode.substring(0, 4) + " "
                + postcode.substring(4).toLowerCase(Locale.ROOT) + " " + huisnummer, " " + postcode + ",  " + huisnummer + " ")) {
            Response antwoord = controleer(Rol.HANDHAVER, term);
            antwoord.then().statusCode(200);
            assertThat(uitslagen(antwoord)).as(term).containsExactly("GELDIG");
            assertThat(Paginas.attribuut(antwoord.asString(), "data-vergunningnummer")).containsExactly(nummer);
            assertThat(antwoord.asString()).contains("Adresstraat " + huisnummer);
        }
        // Another door at that number (a letter) has no licence.
        assertThat(uitslagen(controleer(Rol.HANDHAVER, postcode + " " + huisnummer + "Q"))).containsExactly("GEEN_VERGUNNING");
    }

    @Test
    void eenRegistratienummerIsAlleenGeldigOfNietGeldig() {
        Testdata.metRegistratieplicht(GM);
        String nummer = Api.als(Rol.VERGUNNINGVERLENER, GM).header("X-Doelbinding", "Registratie sekswerkers (test)")
                .header("X-Verwerkingsactiviteit", "Registreren na intake")
                .body(Map.of("gemeenteCode", GM, "identificatie", Personen.metBsn(Personen.bsn()),
                        "geboortedatum", vandaag().minusYears(30).toString(),
                        "intakedatum", vandaag().minusDays(3).toString()))
                .post("/api/v1/registraties").then().statusCode(201).extract().path("registratienummer");
        String geldigTot = Api.als(Rol.HANDHAVER, GM).header("X-Doelbinding", "Handhaving APV")
                .header("X-Verwerkingsactiviteit", "Controle ter plaatse").get("/api/v1/registraties/" + nummer + "/status")
                .then().statusCode(200).extract().path("geldigTot");

        Response geldig = Paginas.als(Rol.HANDHAVER, GM).formParam("registratienummer", nummer.toLowerCase(Locale.ROOT))
                .post("/deurcontrole/registratie");
        geldig.then().statusCode(200);
        assertThat(uitslagen(geldig)).containsExactly("GELDIG");
        // Nothing about the person: no end date (in any spelling), no status word of the API, no municipality.
        LocalDate tot = LocalDate.parse(geldigTot);
        assertThat(Paginas.inhoud(geldig)).doesNotContain(geldigTot, DATUM.format(tot), "ACTIEF", GM, nummer);

        Response onbekend = Paginas.als(Rol.HANDHAVER, GM).formParam("registratienummer", Registratienummer.nieuw())
                .post("/deurcontrole/registratie");
        onbekend.then().statusCode(200);
        assertThat(uitslagen(onbekend)).containsExactly("NIET_GELDIG");
    }

    @Test
    void alleenHandhaversEnPolitieEnAlleenDeHandhaverControleertRegistraties() {
        Paginas.naarInloggen(Paginas.anoniem().get("/deurcontrole"));
        Paginas.naarInloggen(Paginas.anoniem().formParam("zoekterm", "1012JD 10").post("/deurcontrole"));
        Paginas.als(Rol.VERGUNNINGVERLENER, GM).get("/deurcontrole").then().statusCode(403);
        controleer(Rol.VERGUNNINGVERLENER, "1012JD 10").then().statusCode(403);
        Paginas.als(Rol.BELEIDSMEDEWERKER, GM).get("/deurcontrole").then().statusCode(403);

        Response handhaver = Paginas.als(Rol.HANDHAVER, GM).get("/deurcontrole");
        handhaver.then().statusCode(200);
        assertThat(handhaver.asString()).contains("name=\"zoekterm\"", "name=\"registratienummer\"");

        String politie = Tokens.metRegio(Rol.POLITIE, "politieEenheid", "Amsterdam");
        Response pagina = Paginas.metToken(politie).get("/deurcontrole");
        pagina.then().statusCode(200);
        assertThat(pagina.asString()).contains("name=\"zoekterm\"").doesNotContain("name=\"registratienummer\"");
        Paginas.metToken(politie).formParam("registratienummer", Registratienummer.nieuw())
                .post("/deurcontrole/registratie").then().statusCode(403);
        // The police check any licence by number, as through the API.
        String nummer = Testdata.verleend(GM);
        Response antwoord = Paginas.metToken(politie).formParam("zoekterm", nummer).post("/deurcontrole");
        antwoord.then().statusCode(200);
        assertThat(uitslagen(antwoord)).containsExactly("GELDIG");
    }

    @Test
    void elkeControleStaatZoInHetLogboekAlsDezelfdeControleViaDeApi() {
        Map<String, Object> adres = Testdata.uniekAdres(TOEVAL, "Logboekstraat");
        Testdata.verleendOp(GM, adres);
        String api = "deur-api-" + ZAAD;
        String pagina = "deur-pagina-" + ZAAD;
        Api.metToken(Tokens.metSubject(api, Rol.HANDHAVER, GM)).header("X-Doelbinding", "Handhaving APV")
                .header("X-Verwerkingsactiviteit", "Controle ter plaatse").queryParam("postcode", adres.get("postcode"))
                .queryParam("huisnummer", adres.get("huisnummer")).get("/api/v1/vestigingen").then().statusCode(200);
        Paginas.metToken(Tokens.metSubject(pagina, Rol.HANDHAVER, GM)).formParam("zoekterm", postcodeEnNummer(adres))
                .post("/deurcontrole").then().statusCode(200);

        Testdata.metRegistratieplicht(GM);
        String registratie = Api.als(Rol.VERGUNNINGVERLENER, GM).header("X-Doelbinding", "Registratie sekswerkers (test)")
                .header("X-Verwerkingsactiviteit", "Registreren na intake")
                .body(Map.of("gemeenteCode", GM, "identificatie", Personen.metBsn(Personen.bsn()),
                        "geboortedatum", vandaag().minusYears(25).toString(),
                        "intakedatum", vandaag().minusDays(3).toString()))
                .post("/api/v1/registraties").then().statusCode(201).extract().path("registratienummer");
        String onbekend = Registratienummer.nieuw();
        for (String nummer : List.of(registratie, onbekend)) {
            Api.metToken(Tokens.metSubject(api, Rol.HANDHAVER, GM)).header("X-Doelbinding", "Handhaving APV")
                    .header("X-Verwerkingsactiviteit", "Controle ter plaatse")
                    .get("/api/v1/registraties/" + nummer + "/status");
            Paginas.metToken(Tokens.metSubject(pagina, Rol.HANDHAVER, GM)).formParam("registratienummer", nummer)
                    .post("/deurcontrole/registratie").then().statusCode(200);
        }
        // The plain check by number is the look-up of a public decision: unlogged in the API, and here.
        Paginas.metToken(Tokens.metSubject(pagina, Rol.HANDHAVER, GM)).formParam("zoekterm", Testdata.verleend(GM))
                .post("/deurcontrole").then().statusCode(200);

        List<String> viaApi = logboek(api);
        assertThat(viaApi).hasSize(3);
        assertThat(logboek(pagina)).isEqualTo(viaApi);
    }

    @Test
    void vijandigeInvoerIs400MetHetVeldGenoemdEnNooitHerhaald() {
        String lang = "1012JD 10 ".repeat(100);
        // Longer than Vert.x's default form field (2 KiB), shorter than a body may be: still the page's 400.
        String heelLang = "1012JD 10 ".repeat(500);
        String script = "<script>alert('x')</script>";
        for (String term : List.of("", "   ", lang, heelLang, script, "Warmoesstraat 10 Amsterdam", "１０１２ＪＤ １０", "1012JD 0",
                "GM0363-2026-00004\u0000", "' or 1=1 --", "\uD83D\uDE00")) {
            Response antwoord = controleer(Rol.HANDHAVER, term);
            antwoord.then().statusCode(400).contentType("text/html");
            String html = antwoord.asString();
            assertThat(html).as(term).contains("Vergunningnummer of adres", "aria-invalid=\"true\"")
                    .doesNotContain("<script>alert", "\u0000");
            if (term.length() > 60 || term.contains("<")) {
                assertThat(html).doesNotContain(term.strip());
            }
        }
        // Beyond the service's body limit the transport answers, before the page: 413, never a 500.
        controleer(Rol.HANDHAVER, "1012JD 10 ".repeat(10_000)).then().statusCode(413);
        Response zonder = Paginas.als(Rol.HANDHAVER, GM).contentType("application/x-www-form-urlencoded").body("")
                .post("/deurcontrole");
        zonder.then().statusCode(400);
        String goed = Registratienummer.nieuw();
        // Luhn mod 32 catches every single changed character: this one has a wrong check character.
        String tikfout = goed.substring(0, goed.length() - 1) + (goed.endsWith("A") ? "B" : "A");
        for (String nummer : List.of("", script, tikfout, "x".repeat(1_000))) {
            Response antwoord = Paginas.als(Rol.HANDHAVER, GM).formParam("registratienummer", nummer)
                    .post("/deurcontrole/registratie");
            antwoord.then().statusCode(400).contentType("text/html");
            assertThat(antwoord.asString()).contains("Registratienummer", "aria-invalid=\"true\"")
                    .doesNotContain("<script>alert", "xxxxxxxxxx");
        }
    }

    /** The log entries of one caller as comparable text: everything but time, trace and the caller. */
    private List<String> logboek(String actor) {
        return database.rijen("select operatie || '|' || verwerkingsactiviteit || '|' || doelbinding || '|' || rol || '|' "
                        + "|| coalesce(organisatie, '-') || '|' || coalesce(betrokkene, '-') || '|' "
                        + "|| coalesce(registratie_id::text, '-') || '|' || status from dataverwerking where actor = '"
                        + actor + "' order by id").stream().map(r -> r[0]).toList();
    }

    private static String postcodeEnNummer(Map<String, Object> adres) {
        return adres.get("postcode") + " " + adres.get("huisnummer");
    }
}
