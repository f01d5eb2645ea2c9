package nl.sekswerkregister.gemeente;

import static nl.sekswerkregister.support.Api.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.support.Database;
import org.junit.jupiter.api.Test;

/**
 * Every municipality belongs to one of the ten regional police units (Politiewet 2012, art. 25), derived
 * from its RIEC region (V19): the RIEC regions follow the units, and only Amsterdam's is named
 * differently. The safety regions inside a unit (Brabant-Zuidoost in Oost-Brabant, Gooi en Vechtstreek
 * and Flevoland in Midden-Nederland) land where the police have them.
 */
@QuarkusTest
class PolitieEenheidTest {

    static final List<String> EENHEDEN = List.of("Amsterdam", "Den Haag", "Limburg", "Midden-Nederland",
            "Noord-Holland", "Noord-Nederland", "Oost-Brabant", "Oost-Nederland", "Rotterdam", "Zeeland-West-Brabant");

    @Inject
    Database database;

    @Test
    void elkeGemeenteHoortBijEenVanDeTienEenheden() {
        assertThat(database.getal("select count(*) from gemeente where politie_eenheid is null")).isZero();
        assertThat(database.rijen("select distinct politie_eenheid from gemeente").stream().map(r -> r[0]))
                .containsExactlyInAnyOrderElementsOf(EENHEDEN);
        // Each RIEC region is one unit, and each unit one RIEC region.
        Map<String, String> riecNaarEenheid = new TreeMap<>();
        database.rijen("select distinct riec_regio, politie_eenheid from gemeente").forEach(r -> {
            assertThat(riecNaarEenheid.put(r[0], r[1])).as(r[0]).isNull();
        });
        assertThat(riecNaarEenheid).hasSize(10).containsEntry("Amsterdam-Amstelland", "Amsterdam");
        riecNaarEenheid.forEach((riec, eenheid) -> {
            if (!riec.equals("Amsterdam-Amstelland")) {
                assertThat(eenheid).as(riec).isEqualTo(riec);
            }
        });
    }

    @Test
    void veiligheidsregiosLiggenInDeEenheidVanDePolitie() {
        Map<String, String> verwacht = Map.of("Brabant-Zuidoost", "Oost-Brabant", "Brabant-Noord", "Oost-Brabant",
                "Gooi en Vechtstreek", "Midden-Nederland", "Flevoland", "Midden-Nederland",
                "Zuid-Holland-Zuid", "Rotterdam", "Hollands-Midden", "Den Haag", "Zeeland", "Zeeland-West-Brabant",
                "Amsterdam-Amstelland", "Amsterdam");
        verwacht.forEach((veiligheidsregio, eenheid) -> assertThat(database.rijen(
                        "select distinct politie_eenheid from gemeente where veiligheidsregio = '" + veiligheidsregio + "'")
                .stream().map(r -> r[0]).toList()).as(veiligheidsregio).containsExactly(eenheid));
    }

    @Test
    void deGemeenteNoemtHaarEenheid() {
        als(Rol.AUDITOR).get("/api/v1/gemeenten/GM0772").then().statusCode(200)
                .body("riecRegio", equalTo("Oost-Brabant")).body("politieEenheid", equalTo("Oost-Brabant"));
        als(Rol.AUDITOR).get("/api/v1/gemeenten/GM0363").then().statusCode(200)
                .body("politieEenheid", equalTo("Amsterdam"));
    }
}
