package nl.sekswerkregister.regelset;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.service.KaderBeeld;
import nl.sekswerkregister.regelset.service.LandelijkKaderService;
import nl.sekswerkregister.regelset.service.RegelsValidatie;
import org.junit.jupiter.api.Test;

/**
 * The frameworks a migration ships are held to the rules a client's framework is held to: the
 * rules validate, every regeling names a real rule, and the kinds say what each text is.
 */
@QuarkusTest
class LandelijkeKadersTest {

    @Inject
    LandelijkKaderService kaders;

    @Inject
    Validator validator;

    @Inject
    RegelsValidatie validatie;

    @Test
    void elkMeegeleverdKaderIsGeldig() {
        for (KaderBeeld kader : kaders.lijst()) {
            assertThat(validator.validate(kader.regels())).as(kader.code()).isEmpty();
            Invoerfouten fouten = new Invoerfouten();
            validatie.controleer("regels.", kader.regels(), fouten);
            assertThat(fouten.zijnEr()).as(kader.code()).isFalse();
            assertThat(kader.regeling().keySet()).as(kader.code()).allMatch(Regelpaden::bestaat);
            kader.regeling().values().forEach(r -> assertThat(validator.validate(r)).isEmpty());
        }
    }

    @Test
    void deWrsRegeltRegistratieEnVergunningplichtUitputtendEnDeHuidigeWetDeLeeftijdAlsMinimum() {
        KaderBeeld wrs = kaders.lees("wrs-wetsvoorstel", null).orElseThrow();
        assertThat(wrs.soort()).isEqualTo(Kadersoort.WETSVOORSTEL);
        assertThat(wrs.inWerkingVanaf()).isNull();
        assertThat(wrs.regeling().get("registratieplicht").aard()).isEqualTo(Kaderregeling.Aard.UITPUTTEND);
        assertThat(wrs.regeling().get("bedrijfstypen.CLUB.vergunningplicht").aard()).isEqualTo(Kaderregeling.Aard.UITPUTTEND);
        assertThat(wrs.regeling()).as("left to municipalities").doesNotContainKeys("bedrijfstypen.CLUB.maximumAantal",
                "vergunningtermijnJaren", "bedrijfsplanVereist");
        KaderBeeld huidig = kaders.lees("huidige-wet", null).orElseThrow();
        assertThat(huidig.soort()).isEqualTo(Kadersoort.HUIDIG_RECHT);
        assertThat(huidig.regeling().get("minimumleeftijd").aard()).isEqualTo(Kaderregeling.Aard.MINIMUM);
        assertThat(huidig.regels().waarde("registratieplicht").isBekendNee()).isTrue();
        KaderBeeld model = kaders.lees("vng-model-apv-2015", null).orElseThrow();
        assertThat(model.soort()).isEqualTo(Kadersoort.MODELVERORDENING);
        assertThat(model.regeling()).isEmpty();
    }
}
