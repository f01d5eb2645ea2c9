package nl.sekswerkregister.registratie;

import static nl.sekswerkregister.registratie.RegistratieTest.metDoel;
import static nl.sekswerkregister.support.Api.als;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.signalering.Signaleringen;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.TestKlok;
import nl.sekswerkregister.support.Testdata;
import org.junit.jupiter.api.Test;

/**
 * After registrations, searches, decisions, access requests, licences with managers, an inspection
 * at which a registration number was shown and signals with a phone number, no BSN, document number or
 * phone number is anywhere in the database, and the registration number nowhere but in the registration
 * and the events about it (which its retention deletes with it):
 * every text, array and JSON column of every table
 * is scanned for every identifier used so far in this run.
 */
@QuarkusTest
class GeenPersoonsgegevensOpgeslagenTest {

    static final String GM = Eigendom.gemeente(GeenPersoonsgegevensOpgeslagenTest.class);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void geenIdentificatieInEnigeKolom() throws Exception {
        String bsn = Personen.bsn();
        String nummer = RegistratieTest.registreerd(GM, bsn);
        metDoel(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("identificatie", Personen.metBsn(bsn)))
                .post("/api/v1/registraties/_zoek").then().statusCode(200);
        String verzoek = metDoel(als(Rol.VERGUNNINGVERLENER, GM)).header("Idempotency-Key", "geen-persoonsgegevens")
                .body(Map.of("identificatie", Personen.metBsn(bsn))).post("/api/v1/inzageverzoeken").then().statusCode(201)
                .extract().header("Location");
        metDoel(nl.sekswerkregister.support.Api.metToken(nl.sekswerkregister.support.Tokens.metSubject("tweede-" + GM,
                Rol.VERGUNNINGVERLENER, GM))).post(verzoek + "/goedkeuring").then().statusCode(200);
        nl.sekswerkregister.support.Api.metToken(nl.sekswerkregister.support.Tokens.betrokkene(bsn)).get("/api/v1/inzage")
                .then().statusCode(200);
        RegistratieTest.besluit(GM, nummer, "SCHORSEN").then().statusCode(200);
        String documentnummer = "X7Y8Z9W1";
        metDoel(als(Rol.VERGUNNINGVERLENER, GM)).body(Map.of("gemeenteCode", GM, "identificatie",
                        Map.of("document", Map.of("soort", "IDENTITEITSKAART", "nummer", documentnummer, "land", "BEL")),
                        "geboortedatum", "1990-01-01", "intakedatum", TestKlok.vandaag().minusDays(1).toString()))
                .post("/api/v1/registraties").then().statusCode(201);
        Testdata.verleend(GM);
        // An inspection where the registered person showed their number: only the outcome is kept.
        metDoel(als(Rol.HANDHAVER, GM)).body(Map.of("vestigingsadres", Map.of("straatnaam", "Scanstraat", "huisnummer", 7,
                        "postcode", "9999ZZ", "woonplaats", "Scandorp"), "datum", TestKlok.vandaag().toString(),
                        "soort", "TER_PLAATSE", "organisatie", "Team Toezicht",
                        "bevindingen", List.of(Map.of("code", "SIGNALEN_VAN_DWANG")), "getoondeRegistratienummers", List.of(nummer)))
                .post("/api/v1/controles").then().statusCode(201);
        // A signalled advertisement with a phone number: kept only as a pseudonym.
        Signaleringen.leg(Signaleringen.advertentie(GM, "https://example.nl/persoonsgegevens", "06-7788 9900"));

        Set<String> verboden = new HashSet<>(Files.readAllLines(Path.of("target", "gebruikte-bsns.txt")));
        verboden.add(bsn);
        verboden.add(documentnummer);
        // The phone numbers signals in this run were sent with (SignaleringTest, SleutelRotatieTest, above),
        // as digits after the leading 0 (so every form they could be stored in contains them).
        verboden.addAll(List.of("677889900", "687305521", "611223344", "612000111", "650443322"));
        verboden.remove("");
        List<String> vondsten = new ArrayList<>();
        // A registration number is in the registration itself, and nowhere else (not in an inspection).
        String kaalNummer = nummer.replace("-", "");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String[]> kolommen = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = 'public' and table_name <> 'flyway_schema_history'
                      and data_type in ('text', 'character varying', 'character', 'ARRAY', 'jsonb', 'json')""")) {
                while (r.next()) {
                    kolommen.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            assertThat(kolommen).extracting(k -> k[0]).contains("registratie", "dataverwerking", "vergunning",
                    "inzageverzoek", "controle", "bevinding", "signalering", "signalering_telefoon");
            for (String[] k : kolommen) {
                try (ResultSet r = s.executeQuery("select \"" + k[1] + "\"::text from \"" + k[0] + "\" where \"" + k[1]
                        + "\" is not null")) {
                    while (r.next()) {
                        String waarde = r.getString(1);
                        for (String id : verboden) {
                            if (waarde.contains(id)) {
                                vondsten.add(k[0] + "." + k[1]);
                            }
                        }
                        // The events about the registration name it as their subject (they go with it, Bewaartermijn).
                        if (!k[0].equals("registratie") && !k[0].equals("gebeurtenis")
                                && waarde.replace("-", "").toUpperCase().contains(kaalNummer)) {
                            vondsten.add(k[0] + "." + k[1] + " (registratienummer)");
                        }
                    }
                }
            }
        }
        assertThat(vondsten).as("kolommen met een BSN of documentnummer").isEmpty();
    }
}
