package nl.sekswerkregister.common.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The production guard against the committed dev-only key (deploy/prod-smoke.sh proves it on the real jar). */
class ProductieBewakerTest {

    @Test
    void herkentDeDevSleutelInPemVorm() throws IOException {
        String pem = Files.readString(Path.of("deploy/dev-keys/jwt-dev-public.pem"));
        assertThat(ProductieBewaker.isDevSleutel(pem)).isTrue();
        assertThat(ProductieBewaker.bezwaren(pem, true, "https://idp.gemeente.example", "sekswerkregister"))
                .singleElement().asString().contains("DEV-ONLY");
    }

    @Test
    void accepteertEenEchteSleutelEnIssuer() throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String echte = Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + echte + "\n-----END PUBLIC KEY-----\n";
        assertThat(ProductieBewaker.isDevSleutel(pem)).isFalse();
        assertThat(ProductieBewaker.bezwaren(pem, true, "https://idp.gemeente.example", "sekswerkregister")).isEmpty();
    }

    @Test
    void weigertZonderSleutelOfMetDevIssuer() {
        assertThat(ProductieBewaker.bezwaren(null, false, null, null)).hasSize(3);
        assertThat(ProductieBewaker.bezwaren(null, true, ProductieBewaker.DEV_ISSUER, "sekswerkregister"))
                .singleElement().asString().contains("issuer");
    }

    @Test
    void weigertZonderAudience() {
        // Without one, a token the same identity provider issued for another application, with a role
        // called auditor, would read the national processing log.
        for (String audiences : new String[] {null, "", "  ", ","}) {
            assertThat(ProductieBewaker.bezwaren(null, true, "https://idp.gemeente.example", audiences))
                    .singleElement().asString().contains("MP_JWT_VERIFY_AUDIENCES");
        }
    }

    @Test
    void paginaInlogUitIsGoedAanMaarOnvolledigOfDevWordtGeweigerd() {
        assertThat(ProductieBewaker.paginaBezwaren(new ProductieBewaker.Paginainlog(false, null, null, null))).isEmpty();
        assertThat(ProductieBewaker.paginaBezwaren(new ProductieBewaker.Paginainlog(true,
                "https://idp.gemeente.example/realms/sekswerk", "sekswerkregister", "een-echt-geheim-uit-de-kluis-0123456789")))
                .isEmpty();
        assertThat(ProductieBewaker.paginaBezwaren(new ProductieBewaker.Paginainlog(true, null, null, null)))
                .hasSize(3).anySatisfy(b -> assertThat(b).contains("QUARKUS_OIDC_PAGINA_AUTH_SERVER_URL"));
    }

    @Test
    void weigertDeDevIdentityProviderEnHaarGeheimOokAlsDeSchakelaarUitStaat() {
        assertThat(ProductieBewaker.paginaBezwaren(new ProductieBewaker.Paginainlog(true,
                "http://localhost:8080/dev-inlog", "sekswerkregister", "een-echt-geheim-uit-de-kluis-0123456789")))
                .singleElement().asString().contains("DEV-ONLY identity provider");
        assertThat(ProductieBewaker.paginaBezwaren(new ProductieBewaker.Paginainlog(false,
                "https://idp.gemeente.example", "sekswerkregister", "DEV-ONLY-paginageheim-niet-voor-productie-0123456789")))
                .singleElement().asString().contains("DEV-ONLY geheim");
    }
}
