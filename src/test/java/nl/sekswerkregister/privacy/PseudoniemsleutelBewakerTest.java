package nl.sekswerkregister.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The production guard against the committed DEV-ONLY pseudonym keys (deploy/prod-smoke.sh proves it on the real jar). */
class PseudoniemsleutelBewakerTest {

    @Test
    void herkentElkeGecommitteDevSleutel() throws IOException {
        List<String> devSleutels = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(regel -> regel.matches("%\\w+\\.sekswerkregister\\.pseudoniemen\\.\\w+\\.sleutels\\.\\d+=.*"))
                .map(regel -> regel.substring(regel.indexOf('=') + 1)).distinct().toList();
        assertThat(devSleutels).isNotEmpty();
        for (String sleutel : devSleutels) {
            assertThat(PseudoniemsleutelBewaker.bezwaren(List.of(List.of(" " + sleutel + " "))))
                    .singleElement().asString().contains("DEV-ONLY");
        }
    }

    @Test
    void accepteertEenGeheimeSleutel() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        assertThat(PseudoniemsleutelBewaker.bezwaren(List.of(List.of(Base64.getEncoder().encodeToString(sleutel))))).isEmpty();
    }

    /** One key in two rings would undo the separation: a leak of it exposes both kinds of pseudonym. */
    @Test
    void weigertEenSleutelInTweeRingen() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        String geheim = Base64.getEncoder().encodeToString(sleutel);
        assertThat(PseudoniemsleutelBewaker.bezwaren(List.of(List.of(geheim), List.of(geheim + " "))))
                .singleElement().asString().contains("twee sleutelringen");
        // The same key under two versions of one ring is a mistake of another kind, but no leak across rings.
        assertThat(PseudoniemsleutelBewaker.bezwaren(List.of(List.of(geheim, geheim)))).isEmpty();
    }
}
