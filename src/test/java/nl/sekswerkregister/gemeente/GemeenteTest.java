package nl.sekswerkregister.gemeente;

import static nl.sekswerkregister.support.Api.als;
import static nl.sekswerkregister.support.Api.ongeldig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GemeenteTest {

    @Inject
    Database database;

    @Test
    void eenGemeenteMetRegioEnBuren() {
        als(Rol.HANDHAVER, "GM0014").get("/api/v1/gemeenten/GM0014").then().statusCode(200)
                .body("naam", equalTo("Groningen"))
                .body("provincie", equalTo("Groningen"))
                .body("riecRegio", equalTo("Noord-Nederland"))
                .body("buurgemeenten", hasItems("GM1966", "GM1952"));
    }

    @Test
    void alleGemeentenOpEenPagina() {
        als(Rol.BELEIDSMEDEWERKER, "GM0363").queryParam("pageSize", 400).get("/api/v1/gemeenten").then().statusCode(200)
                .body("resultaten", hasSize(342))
                .body("resultaten[0].gemeenteCode", equalTo("GM0014"));
        als(Rol.AUDITOR).queryParam("provincie", "Zeeland").queryParam("pageSize", 100).get("/api/v1/gemeenten")
                .then().statusCode(200).body("resultaten", hasSize(13));
    }

    @Test
    void onbekendeEnMisvormdeCode() {
        als(Rol.AUDITOR).get("/api/v1/gemeenten/GM9999").then().statusCode(404).body("code", equalTo("niet-gevonden"));
        ongeldig(als(Rol.AUDITOR)).get("/api/v1/gemeenten/0363").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeenteCode"));
    }

    /** The migration loads exactly the committed reference data (CBS 2025), neighbours included. */
    @Test
    void migratieKomtOvereenMetDeReferentiedata() throws IOException {
        List<String> regels = Files.readAllLines(Path.of("src/main/resources/referentiedata/gemeenten-2025.csv"),
                StandardCharsets.UTF_8);
        long burenInCsv = 0;
        for (String regel : regels.subList(1, regels.size())) {
            String[] v = regel.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].replaceAll("^\"|\"$", "");
            }
            assertThat(database.getal("select count(*) from gemeente where code = ? and naam = ? and provincie = ? "
                    + "and veiligheidsregio = ? and riec_regio = ?", v[0], v[1], v[2], v[3], v[4]))
                    .as(regel).isEqualTo(1);
            burenInCsv += v[5].isEmpty() ? 0 : v[5].split(";").length;
        }
        assertThat(database.aantal("gemeente")).isEqualTo(regels.size() - 1).isEqualTo(342);
        assertThat(database.aantal("gemeente_buur")).isEqualTo(burenInCsv);
        assertThat(database.getal("select count(*) from gemeente_buur a where not exists (select 1 from gemeente_buur b "
                + "where b.gemeente_code = a.buur_code and b.buur_code = a.gemeente_code)")).isZero();
    }
}
