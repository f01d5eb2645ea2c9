package nl.sekswerkregister.garanties;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static nl.sekswerkregister.support.TestKlok.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.dataverwerking.service.Verzegelaar;
import nl.sekswerkregister.support.Logboekverzegeling;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Personen;
import nl.sekswerkregister.support.Testdata;
import nl.sekswerkregister.support.Gelijktijdig;
import org.junit.jupiter.api.Test;

/**
 * The registry's guarantees under real concurrency against PostgreSQL. Each fails when its
 * safeguard is removed: the municipality row lock for caps, the advisory lock and partial unique
 * index for persons, the sealer's advisory lock and the unique predecessor for the chain.
 */
@QuarkusTest
class GelijktijdigheidTest {

    /**
     * Eight see the same person registering at once, each with a registration duty in force; the ninth
     * has a cap (its rule set would overlap the duty's in the same municipality).
     */
    static final List<String> ALLE = Eigendom.gemeenten(GelijktijdigheidTest.class, 9);
    static final List<String> GEMEENTEN = ALLE.subList(0, 8);
    static final String MET_PLAFOND = ALLE.get(8);

    /** Once per run (Testdata remembers); in @BeforeEach because REST Assured knows the port only then. */
    @org.junit.jupiter.api.BeforeEach
    void registratieplicht() {
        GEMEENTEN.forEach(Testdata::metRegistratieplicht);
    }

    @Inject
    Database database;
    @Inject
    Verzegelaar verzegelaar;
    @Inject
    Logboekverzegeling verzegeling;

    @Test
    void eenPlafondVanDrieLevertPreciesDrieVergunningenOp() throws Exception {
        String gm = MET_PLAFOND;
        Testdata.gepubliceerdeRegelset(gm, vandaag().minusYears(1).toString(), vandaag().plusYears(5).toString(),
                Map.of("bedrijfstypen", Map.of("CLUB", Map.of("toegestaan", true, "maximumAantal", 3))));
        String exploitant = Testdata.exploitant(gm);
        List<Callable<Integer>> verleningen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String nummer = Testdata.aanvraag(gm, exploitant, "CLUB");
            verleningen.add(() -> ongeldig(als(Rol.VERGUNNINGVERLENER, gm)).body(Testdata.besluit("VERLENEN"))
                    .post("/api/v1/vergunningen/" + nummer + "/besluiten").statusCode());
        }
        List<Integer> statussen = Gelijktijdig.tegelijk(verleningen);
        assertThat(statussen).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statussen).filteredOn(s -> s == 409).hasSize(9);
        assertThat(database.getal("select count(*) from vergunning where gemeente_code = ? and status = 'VERLEEND'", gm))
                .isEqualTo(3);
    }

    @Test
    void eenPersoonGelijktijdigInAchtGemeentenGeeftEenRegistratie() throws Exception {
        String bsn = Personen.bsn();
        List<Callable<Integer>> pogingen = new ArrayList<>();
        for (String gm : GEMEENTEN) {
            pogingen.add(() -> ongeldig(als(Rol.VERGUNNINGVERLENER, gm))
                    .header("X-Doelbinding", "Gelijktijdigheidstest").header("X-Verwerkingsactiviteit", "Registreren")
                    .body(Map.of("gemeenteCode", gm, "identificatie", Personen.metBsn(bsn), "geboortedatum", "1990-01-01",
                            "intakedatum", vandaag().minusDays(1).toString()))
                    .post("/api/v1/registraties").statusCode());
        }
        List<Integer> statussen = Gelijktijdig.tegelijk(pogingen);
        assertThat(statussen).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statussen).filteredOn(s -> s == 409).hasSize(7);
    }

    @Test
    void honderdenGelijktijdigeVerwerkingenBlijvenEenKetting() throws Exception {
        List<String> nummers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            nummers.add(als(Rol.VERGUNNINGVERLENER, GEMEENTEN.get(0)).header("X-Doelbinding", "Ketentest")
                    .header("X-Verwerkingsactiviteit", "Registreren")
                    .body(Map.of("gemeenteCode", GEMEENTEN.get(0), "identificatie", Personen.metBsn(Personen.bsn()),
                            "geboortedatum", "1990-01-01", "intakedatum", vandaag().minusDays(1).toString()))
                    .post("/api/v1/registraties").then().statusCode(201).extract().path("registratienummer"));
        }
        List<Callable<Integer>> controles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String nummer = nummers.get(i % nummers.size());
            controles.add(() -> als(Rol.VERIFICATEUR).header("X-Doelbinding", "Ketentest")
                    .header("X-Verwerkingsactiviteit", "Controleren").get("/api/v1/registraties/" + nummer + "/status")
                    .statusCode());
            if (i % 3 == 0) {
                // the sealer runs alongside, as it does every second in production
                controles.add(() -> verzegelaar.verzegel() >= 0 ? 200 : 500);
            }
        }
        assertThat(Gelijktijdig.tegelijk(controles)).containsOnly(200);
        verzegeling.allesVerzegeld();
        als(Rol.AUDITOR).get("/api/v1/dataverwerkingen/verificatie").then().statusCode(200)
                .body("intact", equalTo(true)).body("aantalOnverzegeld", equalTo(0));
        assertThat(database.getal("select max(volgnummer) - count(volgnummer) from dataverwerking")).isZero();
        assertThat(database.getal("select count(*) from dataverwerking where volgnummer is null")).isZero();
    }
}
