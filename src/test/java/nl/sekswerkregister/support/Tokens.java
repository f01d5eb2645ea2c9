package nl.sekswerkregister.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Signed test tokens, as the identity provider would issue them, with the DEV-ONLY key. */
public final class Tokens {

    public static final String ISSUER = "https://sekswerkregister.example/dev-only";

    private Tokens() {
    }

    public static String voor(String rol, String gemeenteCode) {
        return claims(rol, gemeenteCode).sign();
    }

    public static String voor(String rol) {
        return voor(rol, null);
    }

    public static String verlopen(String rol, String gemeenteCode) {
        return claims(rol, gemeenteCode).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    /** A valid token that expires in the given number of seconds. */
    public static String verlooptOver(long seconden, String rol, String gemeenteCode) {
        return claims(rol, gemeenteCode).expiresAt(Instant.now().plusSeconds(seconden)).sign();
    }

    public static String andereIssuer(String rol, String gemeenteCode) {
        return claims(rol, gemeenteCode).issuer("https://aanvaller.example").sign();
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
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"aanvaller\",\"groups\":[\"" + rol + "\"],"
                + "\"gemeente\":\"" + gemeenteCode + "\",\"iat\":" + nu + ",\"exp\":" + (nu + 3600) + "}");
        return header + "." + payload + ".";
    }

    private static JwtClaimsBuilder claims(String rol, String gemeenteCode) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
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
