package nl.sekswerkregister.regelset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.regelset.service.DemoRegelsets;
import nl.sekswerkregister.regelset.service.RegelsValidatie;
import org.junit.jupiter.api.Test;

/**
 * The researched municipal rule sets that dev mode publishes at start: the file reads with the
 * service's own (strict) JSON settings, and every rule set passes the same validation as the API.
 * Without this, a broken file would only show when someone starts dev mode.
 */
@QuarkusTest
class OnderzochteRegelsetsTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    RegelsValidatie validatie;

    @Test
    void elkeOnderzochteRegelsetIsGeldig() throws IOException {
        DemoRegelsets.Bestand bestand;
        try (InputStream in = getClass().getResourceAsStream("/referentiedata/regelsets-gemeenten.json")) {
            bestand = mapper.readValue(in, DemoRegelsets.Bestand.class);
        }
        assertThat(bestand.regelsets()).hasSizeGreaterThanOrEqualTo(14);
        for (DemoRegelsets.Onderzocht regelset : bestand.regelsets()) {
            assertThat(regelset.gemeenteCode()).matches("GM[0-9]{4}");
            assertThat(regelset.geldigVanaf()).isNotNull();
            assertThat(regelset.bron()).isNotBlank();
            assertThat(validator.validate(regelset.regels())).as(regelset.gemeenteCode()).isEmpty();
            Invoerfouten fouten = new Invoerfouten();
            validatie.controleer("regels.", regelset.regels(), fouten);
            assertThat(fouten.zijnEr()).as(regelset.gemeenteCode()).isFalse();
        }
    }
}
