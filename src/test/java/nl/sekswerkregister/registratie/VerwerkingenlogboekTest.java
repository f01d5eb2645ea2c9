package nl.sekswerkregister.registratie;

import static nl.sekswerkregister.registratie.RegistratieTest.metDoel;
import static nl.sekswerkregister.support.Api.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Logboekverzegeling;
import nl.sekswerkregister.support.Databaserollen;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The processing log: one record per processing, a chain that detects tampering, and access reports. */
@QuarkusTest
class VerwerkingenlogboekTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(VerwerkingenlogboekTest.class, 2);
    static final String GM = GEMEENTEN.get(0);

    @Inject
    Logboekverzegeling verzegeling;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Test
    void inzageToontWieWanneerWaaromMetMedewerkersAlsPseudoniem() {
        String bsn = Personen.bsn();
        String nummer = RegistratieTest.registreerd(GM, bsn);
        metDoel(als(Rol.HANDHAVER, GM)).get("/api/v1/registraties/" + nummer).then().statusCode(200);
        metDoel(als(Rol.VERIFICATEUR)).get("/api/v1/registraties/" + nummer + "/status").then().statusCode(200);
        // Only where the person is registered: elsewhere the answer would tell where they are.
        nl.sekswerkregister.support.Api.ongeldig(metDoel(als(Rol.VERGUNNINGVERLENER, GEMEENTEN.get(1))))
                .body(Map.of("identificatie", Personen.metBsn(bsn))).post("/api/v1/inzageverzoeken").then().statusCode(404);
        // The whole report goes to the person (InzageverzoekTest covers the desk).
        var regels = nl.sekswerkregister.support.Api.metToken(nl.sekswerkregister.support.Tokens.betrokkene(bsn))
                .get("/api/v1/inzage").then().statusCode(200)
                .body("verwerkingen.operatie", hasItems("registratie.aanmaken", "registratie.raadplegen",
                        "registratie.statuscontrole"))
                .body("verwerkingen.rol", hasItems("vergunningverlener", "handhaver", "verificateur"))
                .body("verwerkingen[0].doelbinding", equalTo("Registratie sekswerkers (APV art. 3:13)"))
                .extract().jsonPath().getList("verwerkingen.medewerker", String.class);
        assertThat(regels).allMatch(m -> m.matches("mw-[0-9a-f]{16}"));
        assertThat(regels).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void deKetenIsIntactEnVerraadtEenWijzigingRechtstreeksInDeDatabase() throws Exception {
        RegistratieTest.registreerd(GM, Personen.bsn());
        verzegel();
        als(Rol.AUDITOR).get("/api/v1/dataverwerkingen/verificatie").then().statusCode(200)
                .body("intact", equalTo(true)).body("aantalOnverzegeld", equalTo(0));

        long volgnummer;
        String origineel;
        try (Connection c = Databaserollen.alsBeheerder(databaseUrl); Statement s = c.createStatement()) {
            var r = s.executeQuery("select volgnummer, doelbinding from dataverwerking where volgnummer is not null "
                    + "order by volgnummer desc limit 1");
            r.next();
            volgnummer = r.getLong(1);
            origineel = r.getString(2);
            // A database administrator goes around the append-only trigger.
            s.execute("set session_replication_role = replica");
            s.executeUpdate("update dataverwerking set doelbinding = 'iets onschuldigs' where volgnummer = " + volgnummer);
            s.execute("set session_replication_role = origin");
        }
        try {
            als(Rol.AUDITOR).get("/api/v1/dataverwerkingen/verificatie").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("eersteBreukVolgnummer", equalTo((int) volgnummer));
        } finally {
            try (Connection c = Databaserollen.alsBeheerder(databaseUrl); Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.executeUpdate("update dataverwerking set doelbinding = '" + origineel.replace("'", "''")
                        + "' where volgnummer = " + volgnummer);
                s.execute("set session_replication_role = origin");
            }
        }
        als(Rol.AUDITOR).get("/api/v1/dataverwerkingen/verificatie").then().body("intact", equalTo(true));
    }

    /** Even the owner of the table, who has every privilege on it, meets the trigger (DatabaserollenTest: the service cannot). */
    @Test
    void hetLogboekIsAlleenAanTeVullen() throws Exception {
        RegistratieTest.registreerd(GM, Personen.bsn());
        verzegel();
        try (Connection c = Databaserollen.alsEigenaar(databaseUrl); Statement s = c.createStatement()) {
            for (String poging : List.of("update dataverwerking set doelbinding = 'x'", "delete from dataverwerking")) {
                try {
                    s.executeUpdate(poging);
                    throw new AssertionError("Het logboek accepteerde: " + poging);
                } catch (java.sql.SQLException e) {
                    assertThat(e.getMessage()).contains("alleen aan te vullen");
                }
            }
        }
    }

    @Test
    void auditorsZoekenInHetLogboek() {
        RegistratieTest.registreerd(GM, Personen.bsn());
        als(Rol.AUDITOR).queryParam("gemeenteCode", GM).queryParam("operatie", "registratie.aanmaken")
                .get("/api/v1/dataverwerkingen").then().statusCode(200)
                .body("resultaten.operatie", org.hamcrest.Matchers.everyItem(equalTo("registratie.aanmaken")))
                .body("resultaten.organisatie", org.hamcrest.Matchers.everyItem(equalTo(GM)));
        nl.sekswerkregister.support.Api.ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).get("/api/v1/dataverwerkingen")
                .then().statusCode(403);
    }

    private void verzegel() {
        verzegeling.allesVerzegeld();
    }
}
