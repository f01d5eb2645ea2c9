package nl.sekswerkregister.regelset;

import static nl.sekswerkregister.support.Api.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.service.OnderzochteRegelsets;
import nl.sekswerkregister.regelset.service.OnderzochteRegelsets.Onderzocht;
import nl.sekswerkregister.regelset.service.OnderzochteRegelsets.Uitkomst;
import nl.sekswerkregister.support.Database;
import nl.sekswerkregister.support.Eigendom;
import nl.sekswerkregister.support.Gelijktijdig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loader of researched rule sets, called directly on the test database (the test profile does
 * not load at start): what it publishes, that a restart adds nothing, that two instances starting at
 * once publish once, and that a municipality's own publication supersedes research for good.
 *
 * <p>Research versions are open-ended and so in force in the far-future years other classes own
 * ({@link Eigendom#jaar}): every version this class publishes is deleted after each test.
 */
@QuarkusTest
class OnderzochteRegelsetsLadenTest {

    static final List<String> GEMEENTEN = Eigendom.gemeenten(OnderzochteRegelsetsLadenTest.class, 4);

    @Inject
    OnderzochteRegelsets loader;

    @Inject
    Database database;

    @Inject
    ObjectMapper mapper;

    Set<String> alBestaand;

    @BeforeEach
    void onthoudWatErAlIs() {
        alBestaand = ids("herkomst = 'PUBLIEKE_BRONNEN'");
    }

    @AfterEach
    void ruimOp() {
        Set<String> weg = ids("herkomst = 'PUBLIEKE_BRONNEN'");
        weg.removeAll(alBestaand);
        weg.addAll(ids("gemeente_code in ('" + String.join("','", GEMEENTEN) + "')"));
        database.verwijderRegelsetsAlsEigenaar(weg.stream().map(UUID::fromString).toList());
        assertThat(ids("herkomst = 'PUBLIEKE_BRONNEN'")).isEqualTo(alBestaand);
    }

    @Test
    void hetBestandWordtGepubliceerd_eenTweedeLaadVoegtNietsToe() {
        List<Onderzocht> bestand = loader.lees().regelsets();
        Map<String, Uitkomst> eerste = loader.laad();

        assertThat(eerste).hasSize(bestand.size());
        for (Onderzocht item : bestand) {
            String gemeente = item.gemeenteCode();
            if (eerste.get(gemeente) == Uitkomst.EIGEN_PUBLICATIE) {
                // Another class published its own rules there earlier in this run: research stays out.
                assertThat(database.getal("select count(*) from regelset where gemeente_code = ? and herkomst = 'GEMEENTE' "
                        + "and status = 'GEPUBLICEERD'", gemeente)).isPositive();
            } else {
                assertThat(eerste.get(gemeente)).as(gemeente).isEqualTo(Uitkomst.GEPUBLICEERD);
                assertThat(database.tekst("select vertrouwen from regelset where gemeente_code = ? and herkomst = "
                        + "'PUBLIEKE_BRONNEN' order by versie desc limit 1", gemeente)).isEqualTo(item.vertrouwen().name());
            }
        }
        // Amsterdam is shared: no class publishes its own rules there in-process.
        assertThat(eerste.get("GM0363")).isEqualTo(Uitkomst.GEPUBLICEERD);
        als(Rol.AUDITOR).get("/api/v1/gemeenten/GM0363/regelsets").then().statusCode(200)
                .body("resultaten.find { it.herkomst == 'PUBLIEKE_BRONNEN' }.status", equalTo("GEPUBLICEERD"))
                .body("resultaten.find { it.herkomst == 'PUBLIEKE_BRONNEN' }.vertrouwen", equalTo("HOOG"))
                .body("resultaten.find { it.herkomst == 'PUBLIEKE_BRONNEN' }.bronnen", hasItem(
                        "https://www.raadvanstate.nl/uitspraken/zoeken-in-uitspraken/tekst-uitspraak.html?id=96396 "
                                + "(ABRvS 201707392/1/A3, 2018-08-29)"))
                .body("resultaten.find { it.herkomst == 'PUBLIEKE_BRONNEN' }.regels.vindplaatsen.minimumleeftijd",
                        notNullValue())
                .body("resultaten.find { it.herkomst == 'PUBLIEKE_BRONNEN' }.geldigTot", org.hamcrest.Matchers.nullValue());

        long rijen = database.aantal("regelset");
        Map<String, Uitkomst> tweede = loader.laad();
        assertThat(tweede.values()).doesNotContain(Uitkomst.GEPUBLICEERD);
        assertThat(database.aantal("regelset")).isEqualTo(rijen);
    }

    @Test
    void eenEigenPublicatieVervangtHetOnderzoek_enHetOnderzoekKomtNietTerug() {
        String gemeente = GEMEENTEN.get(0);
        Onderzocht onderzoek = amsterdamAls(gemeente, null, null);
        assertThat(loader.laad(List.of(onderzoek))).containsEntry(gemeente, Uitkomst.GEPUBLICEERD);
        int onderzocht = versieUitPubliekeBronnen(gemeente);
        String pad = "/api/v1/gemeenten/" + gemeente + "/regelsets/";
        als(Rol.AUDITOR).get(pad + onderzocht).then().statusCode(200).body("herkomst", equalTo("PUBLIEKE_BRONNEN"))
                .body("status", equalTo("GEPUBLICEERD")).body("geldigVanaf", equalTo("2018-08-29"));

        // The municipality's own version from 2031 on: the open-ended research version ends the day before.
        publiceer(gemeente, maak(gemeente, "2031-01-01", "2031-12-31"));
        als(Rol.AUDITOR).get(pad + onderzocht).then().body("status", equalTo("GEPUBLICEERD"))
                .body("geldigTot", equalTo("2030-12-31"));
        // Its own version for a year inside the research period: research is superseded altogether.
        publiceer(gemeente, maak(gemeente, "2020-01-01", "2020-12-31"));
        als(Rol.AUDITOR).get(pad + onderzocht).then().body("status", equalTo("VERVANGEN"))
                .body("herkomst", equalTo("PUBLIEKE_BRONNEN"));

        long rijen = database.aantal("regelset");
        Onderzocht gewijzigd = amsterdamAls(gemeente, LocalDate.of(2032, 1, 1), "{\"minimumleeftijd\":23}");
        assertThat(loader.laad(List.of(onderzoek, gewijzigd)).values()).containsOnly(Uitkomst.EIGEN_PUBLICATIE);
        assertThat(database.aantal("regelset")).isEqualTo(rijen);
        assertThat(versieUitPubliekeBronnen(gemeente)).isEqualTo(onderzocht);
    }

    @Test
    void gewijzigdOnderzoekWordtDeVolgendeVersie_naarDeRegelsVanEenPublicatie() {
        String gemeente = GEMEENTEN.get(1);
        loader.laad(List.of(amsterdamAls(gemeente, null, null)));
        int eerste = versieUitPubliekeBronnen(gemeente);

        // Later research: the open-ended earlier version ends the day before, as a publication ends it.
        Onderzocht later = amsterdamAls(gemeente, LocalDate.of(2024, 1, 1), "{\"minimumleeftijd\":21,\"bibob\":true}");
        assertThat(loader.laad(List.of(later))).containsEntry(gemeente, Uitkomst.GEPUBLICEERD);
        int tweede = versieUitPubliekeBronnen(gemeente);
        assertThat(tweede).isEqualTo(eerste + 1);
        String pad = "/api/v1/gemeenten/" + gemeente + "/regelsets/";
        als(Rol.AUDITOR).get(pad + eerste).then().body("geldigTot", equalTo("2023-12-31")).body("status", equalTo("GEPUBLICEERD"));
        assertThat(loader.laad(List.of(later))).containsEntry(gemeente, Uitkomst.ONGEWIJZIGD);

        // A correction from the same date supersedes the version it corrects.
        Onderzocht correctie = amsterdamAls(gemeente, LocalDate.of(2024, 1, 1), "{\"minimumleeftijd\":21,\"bibob\":false}");
        assertThat(loader.laad(List.of(correctie))).containsEntry(gemeente, Uitkomst.GEPUBLICEERD);
        als(Rol.AUDITOR).get(pad + tweede).then().body("status", equalTo("VERVANGEN"));
        als(Rol.AUDITOR).get(pad + (tweede + 1)).then().body("status", equalTo("GEPUBLICEERD")).body("regels.bibob", equalTo(false));
    }

    /** Two instances starting at once: the municipality's lock makes the second find the first one's version. */
    @Test
    void tweeInstantiesTegelijkPublicerenEenKeer() throws Exception {
        String gemeente = GEMEENTEN.get(2);
        Onderzocht onderzoek = amsterdamAls(gemeente, null, null);
        List<Map<String, Uitkomst>> uitkomsten = Gelijktijdig.tegelijk(List.of(() -> loader.laad(List.of(onderzoek)),
                () -> loader.laad(List.of(onderzoek))));
        assertThat(uitkomsten).extracting(u -> u.get(gemeente))
                .containsExactlyInAnyOrder(Uitkomst.GEPUBLICEERD, Uitkomst.ONGEWIJZIGD);
        assertThat(database.getal("select count(*) from regelset where gemeente_code = ?", gemeente)).isEqualTo(1);
    }

    @Test
    void eenOngeldigeRegelsetWordtNietGepubliceerd() {
        String gemeente = GEMEENTEN.get(3);
        Onderzocht teJong = amsterdamAls(gemeente, null, "{\"minimumleeftijd\":15}");
        assertThatThrownBy(() -> loader.laad(List.of(teJong))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(gemeente).hasMessageContaining("regels.minimumleeftijd");
        Onderzocht zonderRegel = amsterdamAls(gemeente, null,
                "{\"minimumleeftijd\":21,\"vindplaatsen\":{\"bibob\":{\"artikel\":\"APV art. 3:4\"}}}");
        assertThat(loader.controleer(zonderRegel)).extracting(f -> f.name() + " " + f.code())
                .containsExactly("regels.vindplaatsen.bibob geen-regel");
        Onderzocht zonderBronnen = new Onderzocht(gemeente, "x", LocalDate.of(2020, 1, 1), "bron", List.of(), null,
                Regels.LEEG, "niets");
        assertThat(loader.controleer(zonderBronnen)).extracting(f -> f.name()).contains("bronnen", "vertrouwen");
        assertThat(database.getal("select count(*) from regelset where gemeente_code = ?", gemeente)).isZero();
    }

    /** Amsterdam's researched entry moved to a municipality of this class, optionally from another date with other rules. */
    Onderzocht amsterdamAls(String gemeente, LocalDate geldigVanaf, String regelsJson) {
        Onderzocht amsterdam = loader.lees().regelsets().stream().filter(o -> o.gemeenteCode().equals("GM0363"))
                .findFirst().orElseThrow();
        try {
            Regels regels = regelsJson == null ? amsterdam.regels() : mapper.readValue(regelsJson, Regels.class);
            return new Onderzocht(gemeente, amsterdam.naam(), geldigVanaf == null ? amsterdam.geldigVanaf() : geldigVanaf,
                    amsterdam.bron(), amsterdam.bronnen(), amsterdam.vertrouwen(), regels, amsterdam.weggelaten());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    int versieUitPubliekeBronnen(String gemeente) {
        return (int) database.getal("select max(versie) from regelset where gemeente_code = ? and herkomst = 'PUBLIEKE_BRONNEN'",
                gemeente);
    }

    static int maak(String gemeente, String vanaf, String tot) {
        return als(Rol.VERGUNNINGVERLENER, gemeente).body(Map.of("geldigVanaf", vanaf, "geldigTot", tot,
                        "bron", "APV hoofdstuk 3 (eigen publicatie, test)", "regels", Map.of("minimumleeftijd", 21)))
                .post("/api/v1/gemeenten/" + gemeente + "/regelsets").then().statusCode(201)
                .body("herkomst", equalTo("GEMEENTE")).extract().path("versie");
    }

    static void publiceer(String gemeente, int versie) {
        als(Rol.VERGUNNINGVERLENER, gemeente).post("/api/v1/gemeenten/" + gemeente + "/regelsets/" + versie + "/publicatie")
                .then().statusCode(200).body("status", equalTo("GEPUBLICEERD"));
    }

    Set<String> ids(String waar) {
        Set<String> ids = new HashSet<>();
        database.rijen("select id from regelset where " + waar).forEach(r -> ids.add(r[0]));
        return ids;
    }
}
