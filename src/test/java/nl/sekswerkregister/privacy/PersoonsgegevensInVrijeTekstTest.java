package nl.sekswerkregister.privacy;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * A BSN or document number in free text that is kept for good (the append-only processing log, a
 * decision's motivation, a licence condition, a working name) is refused with 400 naming the field;
 * the number is never repeated and nothing is written ("X-Doelbinding: Controle BSN …"
 * was once stored in the processing log for ever).
 */
@QuarkusTest
class PersoonsgegevensInVrijeTekstTest {

    static final String GM = Eigendom.gemeente(PersoonsgegevensInVrijeTekstTest.class);
    @Inject
    Database database;

    static RequestSpecification metDoel(RequestSpecification spec, String doel, String activiteit) {
        return spec.header("X-Doelbinding", doel).header("X-Verwerkingsactiviteit", activiteit);
    }

    static Map<String, Object> registratie(String werknaam) {
        Testdata.metRegistratieplicht(GM);
        Map<String, Object> body = new HashMap<>(Map.of("gemeenteCode", GM, "identificatie",
                Personen.metBsn(Personen.bsn()), "geboortedatum", "1990-04-05", "intakedatum",
                vandaag().minusDays(1).toString()));
        if (werknaam != null) {
            body.put("werknaam", werknaam);
        }
        return body;
    }

    private static void geweigerd(Response antwoord, String veld, String nummer) {
        antwoord.then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.find { it.name == '" + veld + "' }.code", equalTo("persoonsgegeven"));
        assertThat(antwoord.asString()).doesNotContain(nummer);
    }

    @Test
    void eenBsnInDeDoelbindingKomtNietInHetLogboek() {
        String bsn = Personen.bsn();
        long log = database.aantal("dataverwerking");
        long registraties = database.aantal("registratie");
        geweigerd(metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, GM)), "Controle BSN " + bsn, "Registreren")
                .body(registratie(null)).post("/api/v1/registraties"), "X-Doelbinding", bsn);
        String gegroepeerd = bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
        geweigerd(metDoel(ongeldig(als(Rol.HANDHAVER, GM)), "Straatcontrole", "Persoon " + gegroepeerd)
                .get("/api/v1/registraties/" + Registratienummer.nieuw() + "/status"), "X-Verwerkingsactiviteit", gegroepeerd);
        geweigerd(metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, GM)), "Inzage paspoort SPECI2014", "Inzage")
                .body(Map.of("identificatie", Personen.metBsn(bsn))).post("/api/v1/inzageverzoeken"),
                "X-Doelbinding", "SPECI2014");
        assertThat(database.aantal("dataverwerking")).isEqualTo(log);
        assertThat(database.aantal("registratie")).isEqualTo(registraties);
        assertThat(database.getal("select count(*) from dataverwerking where doelbinding like ? or verwerkingsactiviteit like ?",
                "%" + bsn + "%", "%" + gegroepeerd + "%")).isZero();
    }

    @Test
    void eenBsnOfDocumentnummerInEenBesluitWordtGeweigerd() {
        String nummer = Testdata.aanvraag(GM);
        long besluiten = database.aantal("besluit");
        String bsn = Personen.bsn();
        Map<String, Object> besluit = new HashMap<>(Testdata.besluit("VERLENEN"));
        besluit.put("motivering", "Beheerder met BSN " + bsn + " is gescreend.");
        geweigerd(ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(besluit)
                .post("/api/v1/vergunningen/" + nummer + "/besluiten"), "motivering", bsn);
        assertThat(database.aantal("besluit")).isEqualTo(besluiten);

        String registratie = metDoel(als(Rol.VERGUNNINGVERLENER, GM), "Registratie sekswerkers", "Registreren")
                .body(registratie(null)).post("/api/v1/registraties").then().statusCode(201)
                .extract().path("registratienummer");
        geweigerd(metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, GM)), "Registratie sekswerkers", "Schorsen")
                .body(Map.of("besluittype", "SCHORSEN", "motivering", "Paspoort NX12AB34C bleek vals."))
                .post("/api/v1/registraties/" + registratie + "/besluiten"), "motivering", "NX12AB34C");
    }

    @Test
    void eenBsnInEenVoorschriftOfWerknaamWordtGeweigerd() {
        String bsn = Personen.bsn();
        Map<String, Object> aanvraag = new HashMap<>(Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB"));
        aanvraag.put("voorschriften", List.of("Open tot 02:00.", "Beheerder " + bsn + " altijd aanwezig."));
        long vergunningen = database.aantal("vergunning");
        geweigerd(ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).body(aanvraag).post("/api/v1/vergunningen"),
                "voorschriften[1]", bsn);
        assertThat(database.aantal("vergunning")).isEqualTo(vergunningen);

        String nummer = Testdata.aanvraag(GM);
        String etag = als(Rol.VERGUNNINGVERLENER, GM).get("/api/v1/vergunningen/" + nummer).then().extract().header("ETag");
        geweigerd(ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("voorschriften", List.of("Zie " + bsn)))
                .patch("/api/v1/vergunningen/" + nummer), "voorschriften[0]", bsn);

        geweigerd(metDoel(ongeldig(als(Rol.VERGUNNINGVERLENER, GM)), "Registratie sekswerkers", "Registreren")
                .body(registratie("Anna " + bsn)).post("/api/v1/registraties"), "werknaam", bsn);
    }

    @Test
    void gewoneMotiveringenMetNummersVanDeDienstZelfWordenAanvaard() {
        String nummer = Testdata.aanvraag(GM);
        Map<String, Object> besluit = new HashMap<>(Testdata.besluit("VERLENEN"));
        besluit.put("motivering", "Voldoet aan art. 3:13 APV; eerdere vergunning " + nummer + ", KvK 69599084, "
                + "advies van 2026-03-01 (zaak Z-2026-001234).");
        als(Rol.VERGUNNINGVERLENER, GM).body(besluit).post("/api/v1/vergunningen/" + nummer + "/besluiten")
                .then().statusCode(201);
    }
}
