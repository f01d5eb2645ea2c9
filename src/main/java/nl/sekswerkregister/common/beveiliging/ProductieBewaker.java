package nl.sekswerkregister.common.beveiliging;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start the packaged service (prod profile) while it would trust the committed dev-only
 * key pair: anyone can read that private key and mint a token for any role. Also refuses to start
 * without a configured key, issuer or audience, instead of failing on the first request. Without an
 * audience a token that the same identity provider issued for another application would be accepted
 * here, and a role of the same name in it (say {@code auditor}) would read the national processing log.
 * (The pseudonym keys have a guard of their own next to them: {@code privacy.PseudoniemsleutelBewaker}.)
 *
 * <p>The pages' login (OIDC tenant {@code pagina}) is optional; when it is switched on it must be complete, and it
 * must not point at the DEV-ONLY identity provider of dev mode ({@code /dev-inlog}) or use its client secret.
 */
@ApplicationScoped
public class ProductieBewaker {

    /** SHA-256 of the base64 body of deploy/dev-keys/jwt-dev-public.pem. */
    static final String DEV_SLEUTEL_SHA256 = "0d0b79af01dd5e3a269624976ae27818f18fbeba5568a6dae532681852f9ab62";
    static final String DEV_ISSUER = "https://sekswerkregister.example/dev-only";
    /** The start of every refusal, so operators (and deploy/prod-smoke.sh) recognise it whichever guard speaks. */
    public static final String WEIGERING = "Productieprofiel weigert te starten: ";

    private final Optional<String> sleutelLocatie;
    private final Optional<String> sleutel;
    private final Optional<String> issuer;
    private final Optional<String> audiences;
    private final Paginainlog paginainlog;

    /** The pages' login as configured: the switch and the tenant's server, client and secret. */
    record Paginainlog(boolean ingericht, String serverUrl, String clientId, String geheim) {
    }

    public ProductieBewaker(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> sleutelLocatie,
                            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> sleutel,
                            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                            @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<String> audiences,
                            @ConfigProperty(name = "sekswerkregister.pagina-inlog.ingericht", defaultValue = "false") boolean paginaInlog,
                            @ConfigProperty(name = "quarkus.oidc.pagina.auth-server-url") Optional<String> paginaServer,
                            @ConfigProperty(name = "quarkus.oidc.pagina.client-id") Optional<String> paginaClient,
                            @ConfigProperty(name = "quarkus.oidc.pagina.credentials.secret") Optional<String> paginaGeheim) {
        this.sleutelLocatie = sleutelLocatie;
        this.sleutel = sleutel;
        this.issuer = issuer;
        this.audiences = audiences;
        this.paginainlog = new Paginainlog(paginaInlog, paginaServer.orElse(null), paginaClient.orElse(null), paginaGeheim.orElse(null));
    }

    void bijStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> bezwaren = bezwaren(sleutelLocatie.map(ProductieBewaker::lees).orElse(sleutel.orElse(null)),
                sleutelLocatie.isPresent() || sleutel.isPresent(), issuer.orElse(null), audiences.orElse(null));
        bezwaren.addAll(paginaBezwaren(paginainlog));
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException(WEIGERING + String.join(" ", bezwaren));
        }
    }

    /** Pure check, so that it can be tested without starting a production instance. */
    static List<String> bezwaren(String sleutelTekst, boolean sleutelGeconfigureerd, String issuer, String audiences) {
        List<String> bezwaren = new ArrayList<>();
        if (!sleutelGeconfigureerd) {
            bezwaren.add("Zet MP_JWT_VERIFY_PUBLICKEY_LOCATION op de publieke sleutel van uw identity provider.");
        } else if (sleutelTekst != null && isDevSleutel(sleutelTekst)) {
            bezwaren.add("De geconfigureerde JWT-sleutel is de DEV-ONLY sleutel uit deploy/dev-keys.");
        }
        if (issuer == null || issuer.isBlank()) {
            bezwaren.add("Zet MP_JWT_VERIFY_ISSUER op de issuer van uw identity provider.");
        } else if (DEV_ISSUER.equals(issuer.trim())) {
            bezwaren.add("De geconfigureerde issuer is de DEV-ONLY issuer.");
        }
        if (audiences == null || audiences.isBlank() || audiences.replace(",", "").isBlank()) {
            bezwaren.add("Zet MP_JWT_VERIFY_AUDIENCES op de audience (aud) die uw identity provider voor deze dienst "
                    + "uitgeeft, zodat een token voor een andere toepassing wordt geweigerd.");
        }
        return bezwaren;
    }

    /** The pages' login: off is fine (the API works, login pages say 503); on must be complete and not DEV-ONLY. */
    static List<String> paginaBezwaren(Paginainlog inlog) {
        List<String> bezwaren = new ArrayList<>();
        boolean devServer = inlog.serverUrl() != null && inlog.serverUrl().contains("/dev-inlog");
        boolean devGeheim = inlog.geheim() != null && inlog.geheim().startsWith("DEV-ONLY");
        if (devServer) {
            bezwaren.add("Het inloggen voor de pagina's wijst naar de DEV-ONLY identity provider (/dev-inlog).");
        }
        if (devGeheim) {
            bezwaren.add("Het client secret voor het inloggen op de pagina's is het DEV-ONLY geheim.");
        }
        if (inlog.ingericht() && !devServer) {
            if (leeg(inlog.serverUrl())) {
                bezwaren.add("Zet QUARKUS_OIDC_PAGINA_AUTH_SERVER_URL op uw identity provider, of laat "
                        + "SEKSWERKREGISTER_PAGINA_INLOG_INGERICHT weg.");
            }
            if (leeg(inlog.clientId())) {
                bezwaren.add("Zet QUARKUS_OIDC_PAGINA_CLIENT_ID voor het inloggen op de pagina's.");
            }
            if (leeg(inlog.geheim())) {
                bezwaren.add("Zet QUARKUS_OIDC_PAGINA_CREDENTIALS_SECRET: het client secret, waarmee ook de sessiecookie "
                        + "wordt versleuteld.");
            }
        }
        return bezwaren;
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    static boolean isDevSleutel(String pemOfBase64) {
        String body = pemOfBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return sha256(body).equals(DEV_SLEUTEL_SHA256);
    }

    public static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lees(String locatie) {
        // Remote locations (a JWKS URL of the identity provider) are not ours to vet at start-up.
        String pad = locatie.startsWith("file:") ? locatie.substring("file:".length()) : locatie;
        try {
            Path bestand = Path.of(pad);
            if (Files.isReadable(bestand)) {
                return Files.readString(bestand);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        var bron = Thread.currentThread().getContextClassLoader().getResourceAsStream(pad.replaceFirst("^classpath:", ""));
        if (bron != null) {
            try (bron) {
                return new String(bron.readAllBytes(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
