package nl.sekswerkregister.lappendeken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sekswerkregister.lappendeken.controles.Controlecatalogus;
import nl.sekswerkregister.lappendeken.domain.Fragmentatie;
import nl.sekswerkregister.regelset.domain.Regels;
import org.junit.jupiter.api.Test;

class AnalyseEnIndexTest {

    static Regels leeftijd(Integer jaar) {
        return new Regels(jaar, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void giniSimpsonIsDeKansDatTweeGemeentenVerschillen() {
        // Ages 21, 21, 18: pairs (21,21) same, two pairs differ -> 2/3.
        var uitkomst = Fragmentatie.bereken(List.of(leeftijd(21), leeftijd(21), leeftijd(18)));
        var dimensie = uitkomst.dimensies().stream().filter(d -> d.dimensie().equals("minimumleeftijd")).findFirst().orElseThrow();
        assertThat(dimensie.index()).isEqualTo(0.6667);
        assertThat(dimensie.aantalGemeenten()).isEqualTo(3);
        assertThat(dimensie.waarden()).extracting(Fragmentatie.Waardetelling::waarde).containsExactly("18", "21");
    }

    @Test
    void allemaalGelijkIsNulEnTeWeinigGemeentenGeenIndex() {
        var gelijk = Fragmentatie.bereken(List.of(leeftijd(21), leeftijd(21)));
        assertThat(gelijk.dimensies().get(0).index()).isEqualTo(0.0);
        assertThat(gelijk.dimensies().get(0).dekking()).isEqualTo(1.0);
        var een = Fragmentatie.bereken(List.of(leeftijd(21), leeftijd(null)));
        assertThat(een.dimensies().get(0).index()).isNull();
        assertThat(een.dimensies().get(0).aantalGemeenten()).isEqualTo(1);
    }

    @Test
    void hetTotaalIsHetGemiddeldeVanDeDimensiesMetEenIndex() {
        // Only minimumleeftijd is known anywhere: 1.0 (both differ). An absent term is unknown, not "indefinite".
        var uitkomst = Fragmentatie.bereken(List.of(leeftijd(21), leeftijd(18)));
        assertThat(uitkomst.index()).isEqualTo(1.0);
        var termijn = dimensie(uitkomst, "vergunningtermijnJaren");
        assertThat(termijn.index()).isNull();
        assertThat(termijn.aantalOnbekend()).isEqualTo(2);
        assertThat(termijn.dekking()).isEqualTo(0.0);
    }

    @Test
    void onbekendTeltApartEnNietGeregeldIsEenWaarde() {
        Regels zonderLeeftijd = new Regels(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, List.of("minimumleeftijd"), null, null, null);
        var uitkomst = Fragmentatie.bereken(List.of(leeftijd(21), zonderLeeftijd, leeftijd(null), leeftijd(null)));
        var leeftijd = dimensie(uitkomst, "minimumleeftijd");
        assertThat(leeftijd.aantalGemeenten()).isEqualTo(2);
        assertThat(leeftijd.aantalOnbekend()).isEqualTo(2);
        assertThat(leeftijd.dekking()).isEqualTo(0.5);
        assertThat(leeftijd.index()).isEqualTo(1.0);
        assertThat(leeftijd.waarden()).extracting(Fragmentatie.Waardetelling::waarde).containsExactly("21", "niet geregeld");
    }

    private static Fragmentatie.Dimensie dimensie(Fragmentatie.Uitkomst uitkomst, String pad) {
        return uitkomst.dimensies().stream().filter(d -> d.dimensie().equals(pad)).findFirst().orElseThrow();
    }

    @Test
    void deCatalogusHeeftZeventienControlesMetUniekeCodesEnRedenen() {
        var catalogus = new Controlecatalogus();
        assertThat(catalogus.codes()).hasSize(17).doesNotHaveDuplicates();
        assertThat(catalogus.alle()).allSatisfy(c -> {
            assertThat(c.code()).matches("[A-Z_]+");
            assertThat(c.reden()).isNotBlank();
            assertThat(c.omschrijving()).isNotBlank();
        });
    }
}
