package nl.sekswerkregister.gebeurtenis.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The allowlist of webhook receivers, apart from the service (the REST test covers the 400). */
class OntvangersTest {

    private final Ontvangers lijst = new Ontvangers(List.of("https://zaken.gemeente.example/hooks/",
            "https://meldingen.example:8443/sekswerk", "http://127.0.0.1:18089/test/"));

    @Test
    void alleenOnderEenToegestaanVoorvoegsel() {
        assertThat(lijst.isToegestaan("https://zaken.gemeente.example/hooks/register")).isTrue();
        assertThat(lijst.isToegestaan("https://ZAKEN.gemeente.example/hooks/a?b=c")).isTrue();
        assertThat(lijst.isToegestaan("https://zaken.gemeente.example:443/hooks/a")).isTrue();
        assertThat(lijst.isToegestaan("https://meldingen.example:8443/sekswerk")).isTrue();
        assertThat(lijst.isToegestaan("https://meldingen.example:8443/sekswerk/a")).isTrue();
        assertThat(lijst.isToegestaan("http://127.0.0.1:18089/test/x")).isTrue();
        for (String url : List.of(
                // another path, host, port or scheme
                "https://zaken.gemeente.example/admin", "https://zaken.gemeente.example/hooksx",
                "https://meldingen.example:8443/sekswerker", "https://meldingen.example/sekswerk/a",
                "https://zaken.gemeente.example.aanvaller.example/hooks/a", "http://zaken.gemeente.example/hooks/a",
                "https://127.0.0.1:18089/test/x", "http://127.0.0.1:18090/test/x", "http://localhost:18089/test/x",
                // out of the prefix once decoded or normalised
                "https://zaken.gemeente.example/hooks/../admin", "https://zaken.gemeente.example/hooks/%2e%2e/admin",
                "https://zaken.gemeente.example/hooks/%2F..%2Fadmin", "https://zaken.gemeente.example/hooks/.%2E/a",
                "https://zaken.gemeente.example/hooks/./a",
                // credentials, fragments, other schemes, nonsense
                "https://iemand:geheim@zaken.gemeente.example/hooks/a", "https://zaken.gemeente.example@169.254.169.254/hooks/",
                "https://zaken.gemeente.example/hooks/a#b", "ftp://zaken.gemeente.example/hooks/a", "/hooks/a",
                "https:///hooks/a", "https://zaken.gemeente.example/hooks/a b", "https://zaken.gemeente.example/hooks/" + "a".repeat(2000))) {
            assertThat(lijst.bezwaar(url)).as(url).isPresent();
        }
    }

    @Test
    void zonderLijstKanNiemandZichAbonneren() {
        assertThat(new Ontvangers(List.of()).bezwaar("https://zaken.gemeente.example/hooks/a")).get().asString()
                .contains("geen URL's");
    }

    @Test
    void eenOngeldigVoorvoegselLaatDeDienstNietStarten() {
        assertThatThrownBy(() -> new Ontvangers(List.of("https://iemand@zaken.example/"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ontvangers(List.of("file:///tmp/"))).isInstanceOf(IllegalArgumentException.class);
    }
}
