package nl.sekswerkregister.verpakt;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.metToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.privacy.Identificatie;
import nl.sekswerkregister.privacy.PseudoniemConfig;
import nl.sekswerkregister.privacy.Pseudonimisering;
import nl.sekswerkregister.registratie.RegistratieTestToegang;
import nl.sekswerkregister.support.Databaserollen;
import nl.sekswerkregister.support.Dienstproces;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Tokens;
import nl.sekswerkregister.support.VerpakteDienst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A key rotation end to end, as an operator does it with the packaged service in its prod profile,
 * on a database of its own: run with key 1; add key 2 and run {@code sleutels-roteren}; remove key 1
 * and restart. Then everything still works (one registration per person, finding a person, their own
 * access report, the licence's manager), and a brute force of everything in the database with the
 * old keys matches nothing: every pseudonym those keys give for the persons used is computed and
 * looked for, as an attacker with a dump and a leaked key 1 would (for all 10⁸ BSNs).
 */
@ExtendWith(VerpakteDienst.class)
class SleutelRotatieIT {

    static final String GM = Eigendom.gemeente(SleutelRotatieIT.class);
    static final List<String> RINGEN = List.of("LANDELIJK", "GEMEENTE", "BEHEERDER", "LOGBOEK");
    static final Path MAP = Path.of("target", "verpakt");

    @Test
    void naRotatieEnVerwijderenVanSleutel1WerktAllesEnPastNietsMeerOpSleutel1() throws Exception {
        String database = VerpakteDienst.DATABASE + "_rotatie";
        String url = VerpakteDienst.verseDatabase(database);
        Map<String, Map<Integer, String>> sleutels1 = new HashMap<>();
        Map<String, Map<Integer, String>> sleutels12 = new HashMap<>();
        Map<String, Map<Integer, String>> sleutels2 = new HashMap<>();
        for (String ring : RINGEN) {
            String k1 = VerpakteDienst.nieuweSleutel();
            String k2 = VerpakteDienst.nieuweSleutel();
            sleutels1.put(ring, Map.of(1, k1));
            sleutels12.put(ring, Map.of(1, k1, 2, k2));
            sleutels2.put(ring, Map.of(2, k2));
        }
        Map<String, String> basis = new HashMap<>(VerpakteDienst.databaseInstellingen(url));
        basis.putAll(VerpakteDienst.jwtInstellingen());
        basis.put("SEKSWERKREGISTER_ONDERTEKENING_SLEUTEL", VerpakteDienst.wegwerpOndertekensleutel());

        String persoon = Personen.bsn();
        String beheerder = Personen.bsn();
        String nummer;
        int port = RestAssured.port;
        try (Dienstproces voor = Dienstproces.start(met(basis, VerpakteDienst.pseudoniemsleutels(1, sleutels1)),
                MAP.resolve("rotatie-voor.log"))) {
            RestAssured.port = voor.apiPoort();
            nummer = RegistratieTestToegang.registreer(GM, persoon).then().statusCode(201)
                    .extract().path("registratienummer");
            Map<String, Object> aanvraag = new HashMap<>(Testdata.vergunningAanvraag(GM, Testdata.exploitant(GM), "CLUB"));
            aanvraag.put("beheerders", List.of(Map.of("identificatie", Personen.metBsn(beheerder))));
            als(Rol.VERGUNNINGVERLENER, GM).body(aanvraag).post("/api/v1/vergunningen").then().statusCode(201);
            metToken(Tokens.betrokkene(persoon)).get("/api/v1/inzage").then().statusCode(200);
        } finally {
            RestAssured.port = port;
        }

        // Key 1 removed before the rotation ran: the service refuses to start rather than miss people.
        Path weigering = MAP.resolve("rotatie-te-vroeg.log");
        assertThat(Dienstproces.startVerwachtWeigering(met(basis, VerpakteDienst.pseudoniemsleutels(2, sleutels2)),
                weigering)).isNotZero();
        assertThat(Files.readString(weigering)).contains("niet (meer) is geconfigureerd");

        assertThat(Dienstproces.voerUit(met(basis, VerpakteDienst.pseudoniemsleutels(2, sleutels12)),
                MAP.resolve("rotatie-opdracht.log"), "sleutels-roteren")).isZero();

        try (Dienstproces na = Dienstproces.start(met(basis, VerpakteDienst.pseudoniemsleutels(2, sleutels2)),
                MAP.resolve("rotatie-na.log"))) {
            RestAssured.port = na.apiPoort();
            // Still one registration per person, still found by the desk, still in the person's report.
            RegistratieTestToegang.registreer(GM, persoon).then().statusCode(409);
            RegistratieTestToegang.zoek(GM, persoon).then().statusCode(200)
                    .body("resultaten.registratienummer", hasItem(nummer));
            metToken(Tokens.betrokkene(persoon)).get("/api/v1/inzage").then().statusCode(200)
                    .body("verwerkingen.operatie", hasItem("registratie.aanmaken"));
            als(Rol.VERGUNNINGVERLENER, GM).queryParam("gemeenteCode", GM).get("/api/v1/vergunningen").then()
                    .statusCode(200).body("resultaten[0].beheerders", hasSize(1));
        } finally {
            RestAssured.port = port;
        }

        // The attacker's brute force, for the persons the test used (the only ones that could match).
        String alles = dump(url);
        Pseudonimisering oud = pseudonimisering(sleutels1, 1);
        Pseudonimisering nieuw = pseudonimisering(sleutels2, 2);
        for (String bsn : List.of(persoon, beheerder)) {
            for (String pseudoniem : alleDomeinen(oud, new Identificatie.Bsn(bsn))) {
                assertThat(alles).as("een pseudoniem onder sleutel 1").doesNotContain(pseudoniem);
            }
        }
        // The same search with the current keys does find the person: the brute force would have worked.
        assertThat(alleDomeinen(nieuw, new Identificatie.Bsn(persoon))).anyMatch(alles::contains);
        // The manager's national pseudonym (V26) was moved to key 2, not lost: the history still finds them.
        assertThat(alles).contains(nieuw.beheerderLandelijk(new Identificatie.Bsn(beheerder)));
    }

    private static Map<String, String> met(Map<String, String> basis, Map<String, String> sleutels) {
        Map<String, String> samen = new HashMap<>(basis);
        samen.putAll(sleutels);
        return samen;
    }

    /** Every pseudonym this key set gives a person, in every domain the service uses here. */
    private static List<String> alleDomeinen(Pseudonimisering p, Identificatie persoon) {
        List<String> alle = new ArrayList<>(List.of(p.landelijk(persoon), p.gemeente(persoon, GM), p.beheerder(persoon, GM),
                p.beheerderLandelijk(persoon)));
        alle.addAll(p.logboek(persoon).pseudoniemen());
        alle.add(Pseudonimisering.weergave(p.beheerder(persoon, GM)));
        return alle;
    }

    private static Pseudonimisering pseudonimisering(Map<String, Map<Integer, String>> sleutels, int actief) {
        return new Pseudonimisering(new PseudoniemConfig() {
            public Ring landelijk() { return ring("LANDELIJK"); }
            public Ring gemeente() { return ring("GEMEENTE"); }
            public Ring beheerder() { return ring("BEHEERDER"); }
            public Ring logboek() { return ring("LOGBOEK"); }

            Ring ring(String naam) {
                return new Ring() {
                    public int actieveVersie() { return actief; }
                    public Map<Integer, String> sleutels() { return sleutels.get(naam); }
                };
            }
        });
    }

    /** Every value of every table, as text: what a dump of the database holds. */
    private static String dump(String url) throws Exception {
        StringBuilder alles = new StringBuilder();
        try (Connection c = Databaserollen.alsEigenaar(url); Statement s = c.createStatement()) {
            List<String> tabellen = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (r.next()) {
                    tabellen.add(r.getString(1));
                }
            }
            for (String tabel : tabellen) {
                try (ResultSet r = s.executeQuery("select t::text from " + tabel + " t")) {
                    while (r.next()) {
                        alles.append(r.getString(1)).append('\n');
                    }
                }
            }
        }
        assertThat(alles).as("de dump").isNotEmpty();
        return alles.toString();
    }
}
