package nl.sekswerkregister.audittrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import nl.sekswerkregister.audittrail.domain.Wijziging;
import org.junit.jupiter.api.Test;

/** The comparison the trail makes of two snapshots, field by field. */
class VerschilTest {

    record Adres(String straatnaam, Integer huisnummer, String huisletter) {
    }

    record Ding(String naam, Adres adres, List<String> lijst, List<String> beheerders, long versie) {
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void geneesteVeldenAlsPadLijstenAlsGeheelEnLeegIsAfwezig() {
        var oud = new Ding("A", new Adres("Damrak", 1, "B"), List.of("x"), List.of("p1"), 3);
        var nieuw = new Ding("A", new Adres("Damrak", 2, null), List.of("x", "y"), List.of("p1", "p2"), 4);
        assertThat(Verschil.tussen(json, oud, nieuw, Set.of("beheerders"))).containsExactly(
                new Wijziging("adres.huisletter", "B", null, false),
                new Wijziging("adres.huisnummer", 1, 2, false),
                Wijziging.persoonsgegeven("beheerders"),
                new Wijziging("lijst", List.of("x"), List.of("x", "y"), false));
    }

    @Test
    void eenPersoonsgegevenDraagtGeenWaardenOokNietGenest() {
        var oud = new Ding("A", new Adres("Damrak", 1, null), List.of(), List.of(), 0);
        var nieuw = new Ding("A", new Adres("Rokin", 1, null), List.of(), List.of(), 0);
        assertThat(Verschil.tussen(json, oud, nieuw, Set.of("adres"))).containsExactly(
                Wijziging.persoonsgegeven("adres.straatnaam"));
        // A prefix of a field's name is not its parent: "adres" does not cover "adresboek".
        assertThat(Verschil.isPersoonsgegeven("adresboek", Set.of("adres"))).isFalse();
    }

    @Test
    void eenNieuwObjectNoemtElkVeldMetEenWaardeBehalveDeVersie() {
        var nieuw = new Ding("A", null, List.of(), null, 0);
        assertThat(Verschil.tussen(json, null, nieuw, Set.of())).containsExactly(
                new Wijziging("lijst", null, List.of(), false),
                new Wijziging("naam", null, "A", false));
        assertThat(Verschil.tussen(json, nieuw, nieuw, Set.of())).isEmpty();
    }
}
