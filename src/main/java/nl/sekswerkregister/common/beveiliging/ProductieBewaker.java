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
 * without a configured key or issuer, instead of failing on the first request.
 */
@ApplicationScoped
public class ProductieBewaker {

    /** SHA-256 of the base64 body of deploy/dev-keys/jwt-dev-public.pem. */
    static final String DEV_SLEUTEL_SHA256 = "0d0b79af01dd5e3a269624976ae27818f18fbeba5568a6dae532681852f9ab62";
    static final String DEV_ISSUER = "https://sekswerkregister.example/dev-only";
    /** SHA-256 of the DEV-ONLY pseudonym keys committed in application.properties (dev and test profiles). */
    static final java.util.Set<String> DEV_PSEUDONIEMSLEUTELS_SHA256 = java.util.Set.of(
            "7370a6816d3881deca51c1fa21d68ecf7e10e522fc86e4ad99593ec9d8fd7192",
            "04977181e2d4936d0c99840f57e5b404f609e77acd8de6af2c2aec612d0bd1fd");

    private final Optional<String> sleutelLocatie;
    private final Optional<String> sleutel;
    private final Optional<String> issuer;
    private final nl.sekswerkregister.privacy.PseudoniemConfig pseudoniemen;

    public ProductieBewaker(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> sleutelLocatie,
                            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> sleutel,
                            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                            nl.sekswerkregister.privacy.PseudoniemConfig pseudoniemen) {
        this.sleutelLocatie = sleutelLocatie;
        this.sleutel = sleutel;
        this.issuer = issuer;
        this.pseudoniemen = pseudoniemen;
    }

    void bijStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> bezwaren = bezwaren(sleutelLocatie.map(ProductieBewaker::lees).orElse(sleutel.orElse(null)),
                sleutelLocatie.isPresent() || sleutel.isPresent(), issuer.orElse(null));
        bezwaren.addAll(pseudoniemBezwaren(pseudoniemen.sleutels().values()));
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException("Productieprofiel weigert te starten: " + String.join(" ", bezwaren));
        }
    }

    /** Pure check, so that it can be tested without starting a production instance. */
    static List<String> bezwaren(String sleutelTekst, boolean sleutelGeconfigureerd, String issuer) {
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
        return bezwaren;
    }

    /** A pseudonym key that is public (the dev keys) protects nothing: a BSN could be recomputed. */
    static List<String> pseudoniemBezwaren(java.util.Collection<String> sleutels) {
        List<String> bezwaren = new ArrayList<>();
        for (String sleutel : sleutels) {
            if (DEV_PSEUDONIEMSLEUTELS_SHA256.contains(sha256(sleutel.trim()))) {
                bezwaren.add("Een geconfigureerde pseudoniemsleutel is een DEV-ONLY sleutel uit application.properties.");
            }
        }
        return bezwaren;
    }

    static boolean isDevSleutel(String pemOfBase64) {
        String body = pemOfBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return sha256(body).equals(DEV_SLEUTEL_SHA256);
    }

    private static String sha256(String tekst) {
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
