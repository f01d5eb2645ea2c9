package nl.sekswerkregister.registratie;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.anoniem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.ondertekening.Ondertekenaar;
import nl.sekswerkregister.support.Logboekverzegeling;
import nl.sekswerkregister.support.Api;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Logboekmanipulatie;
import nl.sekswerkregister.support.Personen;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Signed checkpoints anchor the processing log outside the database: what a superuser does to the
 * table — rewrite from some record on with freshly computed hashes, cut off the newest records,
 * empty it — is found by verifying against a checkpoint, even after they removed the checkpoints
 * kept in the database.
 */
@QuarkusTest
class LogboekCheckpointTest {

    static final String GM = Eigendom.gemeenten(LogboekCheckpointTest.class, 1).get(0);

    @Inject
    Logboekverzegeling verzegeling;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;
    @ConfigProperty(name = "sekswerkregister.logboek.getuige.bestand")
    Path getuigebestand;

    /** Seals everything and returns the newest checkpoint, as anyone can fetch it. */
    private Map<String, Object> verzegeldCheckpoint() {
        RegistratieTest.registreerd(GM, Personen.bsn());
        verzegeling.allesVerzegeld();
        return new HashMap<>(anoniem().get("/api/v1/dataverwerkingen/checkpoints/laatste").then().statusCode(200)
                .extract().jsonPath().getMap(""));
    }

    @Test
    void hetLaatsteCheckpointIsOpenbaarEnTeControlerenMetDeGepubliceerdeSleutel() {
        Map<String, Object> checkpoint = verzegeldCheckpoint();
        JsonPath sleutels = anoniem().get("/api/v1/ondertekensleutels").then().statusCode(200).extract().jsonPath();
        String publiek = sleutels.getString("sleutels.find { it.sleutelId == '" + checkpoint.get("sleutelId") + "' }.publiekeSleutel");
        String tekst = "sekswerkregister-logboek-checkpoint/1\n" + checkpoint.get("volgnummer") + "\n" + checkpoint.get("hash")
                + "\n" + checkpoint.get("tijdstip") + "\n";
        assertThat(checkpoint.get("ondertekendeTekst")).isEqualTo(tekst);
        assertThat(Ondertekenaar.klopt(publiek, tekst, (String) checkpoint.get("handtekening"))).isTrue();
        assertThat(Ondertekenaar.klopt(publiek, tekst.replace("\n" + checkpoint.get("volgnummer") + "\n", "\n1\n"),
                (String) checkpoint.get("handtekening"))).isFalse();
    }

    @Test
    void eenGetuigeKrijgtElkCheckpoint() throws Exception {
        Map<String, Object> checkpoint = verzegeldCheckpoint();
        List<String> regels = Files.readAllLines(getuigebestand);
        assertThat(regels.get(regels.size() - 1)).startsWith(checkpoint.get("volgnummer") + " " + checkpoint.get("hash") + " ");
    }

    @Test
    void eenHerschrijvingVanafEenRecordMetNieuweHashesValtOpTegenHetCheckpoint() throws Exception {
        Map<String, Object> checkpoint = verzegeldCheckpoint();
        long laatste = ((Number) checkpoint.get("volgnummer")).longValue();
        try (Logboekmanipulatie beheerder = new Logboekmanipulatie(databaseUrl)) {
            long k = Math.max(1, laatste - 3);
            beheerder.herschrijfVanaf(k);
            // The chain itself is consistent again; the checkpoints in the database still catch it ...
            als(Rol.AUDITOR).get("/api/v1/dataverwerkingen/verificatie").then().statusCode(200)
                    .body("intact", equalTo(false)).body("reden", containsString("herschreven"));
            // ... until the superuser removes those too (and the witness file is out of their reach,
            // so here it is the auditor's own copy that tells).
            beheerder.verwijderCheckpointsVanaf(k);
            Files.deleteIfExists(getuigebestand);
            als(Rol.AUDITOR).get("/api/v1/dataverwerkingen/verificatie").then().statusCode(200).body("intact", equalTo(true));
            als(Rol.AUDITOR).contentType("application/json").body(checkpoint).post("/api/v1/dataverwerkingen/verificatie")
                    .then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("eersteBreukVolgnummer", equalTo((int) laatste))
                    .body("reden", containsString("herschreven"));
        }
        als(Rol.AUDITOR).contentType("application/json").body(checkpoint).post("/api/v1/dataverwerkingen/verificatie")
                .then().statusCode(200).body("intact", equalTo(true)).body("checkpointVolgnummer", equalTo((int) laatste));
    }

    @Test
    void hetAfknippenVanDeNieuwsteRegelsValtOp() throws Exception {
        Map<String, Object> checkpoint = verzegeldCheckpoint();
        long laatste = ((Number) checkpoint.get("volgnummer")).longValue();
        try (Logboekmanipulatie beheerder = new Logboekmanipulatie(databaseUrl)) {
            beheerder.verwijderLaatste(2);
            beheerder.verwijderCheckpointsVanaf(laatste - 1);
            als(Rol.AUDITOR).contentType("application/json").body(checkpoint).post("/api/v1/dataverwerkingen/verificatie")
                    .then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("aantalVerzegeld", equalTo((int) laatste - 2))
                    .body("eersteBreukVolgnummer", equalTo((int) laatste - 1))
                    .body("reden", containsString("verwijderd"));
        }
    }

    @Test
    void eenGeleegdLogboekIsNietIntact() throws Exception {
        Map<String, Object> checkpoint = verzegeldCheckpoint();
        try (Logboekmanipulatie beheerder = new Logboekmanipulatie(databaseUrl)) {
            beheerder.leeg();
            // The checkpoints in the database alone already tell ...
            als(Rol.AUDITOR).get("/api/v1/dataverwerkingen/verificatie").then().statusCode(200)
                    .body("intact", equalTo(false)).body("aantalVerzegeld", equalTo(0));
            // ... and so does the auditor's copy once those are gone too.
            beheerder.verwijderCheckpointsVanaf(1);
            Files.deleteIfExists(getuigebestand);
            als(Rol.AUDITOR).contentType("application/json").body(checkpoint).post("/api/v1/dataverwerkingen/verificatie")
                    .then().statusCode(200).body("intact", equalTo(false)).body("eersteBreukVolgnummer", equalTo(1))
                    .body("reden", containsString("geleegd"));
        }
    }

    @Test
    void eenVervalstCheckpointWordtNietAanvaard() {
        Map<String, Object> checkpoint = verzegeldCheckpoint();
        checkpoint.put("volgnummer", ((Number) checkpoint.get("volgnummer")).longValue() + 1000);
        Api.ongeldig(als(Rol.AUDITOR)).contentType("application/json").body(checkpoint)
                .post("/api/v1/dataverwerkingen/verificatie").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("handtekening"));
        Api.ongeldig(als(Rol.VERGUNNINGVERLENER, GM)).contentType("application/json").body(checkpoint)
                .post("/api/v1/dataverwerkingen/verificatie").then().statusCode(403);
    }
}
