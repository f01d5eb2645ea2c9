package nl.sekswerkregister.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Signed test tokens, as the identity provider would issue them, with the DEV-ONLY key. */
public final class Tokens {

    public static final String ISSUER = "https://sekswerkregister.example/dev-only";

    /**
     * Issuer and key of the identity provider the service under test trusts: the DEV-ONLY ones for the
     * in-process tests (from the test profile), throwaway ones for the packaged service (VerpakteDienst).
     */
    private static volatile String issuer = ISSUER;
    private static volatile PrivateKey sleutel;

    private Tokens() {
    }

    /** Signs every token from now on with this key and issuer; {@code null} goes back to the DEV-ONLY pair. */
    public static void ondertekenMet(String nieuweIssuer, PrivateKey nieuweSleutel) {
        issuer = nieuweIssuer == null ? ISSUER : nieuweIssuer;
        sleutel = nieuweSleutel;
    }

    private static String onderteken(JwtClaimsBuilder claims) {
        return sleutel == null ? claims.sign() : claims.sign(sleutel);
    }

    public static String voor(String rol, String gemeenteCode) {
        return onderteken(claims(rol, gemeenteCode));
    }

    public static String voor(String rol) {
        return voor(rol, null);
    }

    public static String verlopen(String rol, String gemeenteCode) {
        return onderteken(claims(rol, gemeenteCode).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
    }

    /** A valid token that expires in the given number of seconds. */
    public static String verlooptOver(long seconden, String rol, String gemeenteCode) {
        return onderteken(claims(rol, gemeenteCode).expiresAt(Instant.now().plusSeconds(seconden)));
    }

    public static String andereIssuer(String rol, String gemeenteCode) {
        return onderteken(claims(rol, gemeenteCode).issuer("https://aanvaller.example"));
    }

    /** Signed with a key pair nobody trusts. */
    public static String vreemdeSleutel(String rol, String gemeenteCode) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair paar = generator.generateKeyPair();
            return claims(rol, gemeenteCode).sign(paar.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ("alg": "none") with otherwise perfect claims. */
    public static String zonderHandtekening(String rol, String gemeenteCode) {
        long nu = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64("{\"iss\":\"" + issuer + "\",\"sub\":\"aanvaller\",\"groups\":[\"" + rol + "\"],"
                + "\"gemeente\":\"" + gemeenteCode + "\",\"iat\":" + nu + ",\"exp\":" + (nu + 3600) + "}");
        return header + "." + payload + ".";
    }

    /**
     * A token of a given subject with an arbitrary {@code gemeente} claim (a string, a number, a list,
     * or null for none), for replays by "the same person with another municipality" and odd claims.
     */
    public static String metSubject(String subject, String rol, Object gemeenteClaim) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer).upn("test-" + rol).groups(Set.of(rol)).expiresIn(3600);
        if (subject != null) {
            builder.subject(subject);
        }
        if (gemeenteClaim != null) {
            builder.claim("gemeente", gemeenteClaim);
        }
        return onderteken(builder);
    }

    /** A correctly signed token that does not say who acts: no {@code sub} claim. */
    public static String zonderSubject(String rol, String gemeenteCode) {
        return metSubject(null, rol, gemeenteCode);
    }

    private static JwtClaimsBuilder claims(String rol, String gemeenteCode) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer)
                .subject("test-" + rol + (gemeenteCode == null ? "" : "-" + gemeenteCode))
                .upn("test-" + rol)
                .groups(Set.of(rol))
                .expiresIn(3600);
        if (gemeenteCode != null) {
            builder.claim("gemeente", gemeenteCode);
        }
        return builder;
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
