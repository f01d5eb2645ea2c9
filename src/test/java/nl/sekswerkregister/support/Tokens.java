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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Signed test tokens, as the identity provider would issue them, with the DEV-ONLY key. */
public final class Tokens {

    public static final String ISSUER = "https://sekswerkregister.example/dev-only";
    /** The audience the service is configured with (mp.jwt.verify.audiences); every token carries it. */
    public static final String AUDIENCE = "sekswerkregister";
    /** The claim a data subject's BSN arrives in (sekswerkregister.inzage.bsn-claim). */
    public static final String BSN_CLAIM = "bsn";

    /**
     * Issuer and key of the identity provider the service under test trusts: the DEV-ONLY ones for the
     * in-process tests (from the test profile), throwaway ones for the packaged service (VerpakteDienst).
     */
    private static volatile String issuer = ISSUER;
    private static volatile PrivateKey sleutel;
    /**
     * Where the roles go: null for the standard {@code groups} claim, else a path such as
     * {@code resource_access/sekswerkregister/roles} (Keycloak's client roles), as the service under test
     * reads them (smallrye.jwt.path.groups).
     */
    private static volatile String rollenpad;

    private Tokens() {
    }

    /** Signs every token from now on with this key and issuer; {@code null} goes back to the DEV-ONLY pair. */
    public static void ondertekenMet(String nieuweIssuer, PrivateKey nieuweSleutel) {
        ondertekenMet(nieuweIssuer, nieuweSleutel, null);
    }

    /** As {@link #ondertekenMet(String, PrivateKey)}, with the roles under the given claim path (null: {@code groups}). */
    public static void ondertekenMet(String nieuweIssuer, PrivateKey nieuweSleutel, String nieuwRollenpad) {
        issuer = nieuweIssuer == null ? ISSUER : nieuweIssuer;
        sleutel = nieuweSleutel;
        rollenpad = nieuwRollenpad;
    }

    /** Puts the roles where the service under test reads them. */
    static JwtClaimsBuilder rollen(JwtClaimsBuilder builder, Set<String> rollen) {
        String pad = rollenpad;
        if (pad == null) {
            return builder.groups(rollen);
        }
        // "a/b/c" becomes {"a": {"b": {"c": [roles]}}}.
        String[] delen = pad.split("/");
        Object waarde = List.copyOf(rollen);
        for (int i = delen.length - 1; i > 0; i--) {
            waarde = Map.of(delen[i], waarde);
        }
        return builder.claim(delen[0], waarde);
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

    /** Signed by the trusted identity provider, but for another application (another audience). */
    public static String andereAudience(String rol, String gemeenteCode) {
        return onderteken(claims(rol, gemeenteCode).audience("ander-systeem"));
    }

    /**
     * For this service, but with the role only where other applications' roles go: in {@code groups}
     * (realm-wide) and as a client role of another application. Where the service reads this
     * application's client roles (the packaged service, {@link VerpakteDienst#ROLLENPAD}), it has no role.
     */
    public static String rolVanAndereToepassing(String rol) {
        return onderteken(Jwt.issuer(issuer).audience(AUDIENCE).subject("test-andere-toepassing").groups(Set.of(rol))
                .claim("resource_access", Map.of("ander-systeem", Map.of("roles", List.of(rol)))).expiresIn(3600));
    }

    /** Signed by the trusted identity provider, without any audience. */
    public static String zonderAudience(String rol, String gemeenteCode) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer).subject("test-" + rol).upn("test-" + rol).expiresIn(3600);
        if (gemeenteCode != null) {
            builder.claim("gemeente", gemeenteCode);
        }
        return onderteken(rollen(builder, Set.of(rol)));
    }

    /**
     * A data subject, as an identity broker behind DigiD would vouch for them: role {@code betrokkene}
     * and the BSN in its claim (any claim value: a string, a number, null for none). The subject is the
     * broker's own pseudonymous id of the person, never the BSN.
     */
    public static String betrokkene(Object bsnClaim) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer).audience(AUDIENCE).subject("broker-" + Long.toHexString(
                new java.util.SplittableRandom().nextLong())).expiresIn(900);
        if (bsnClaim != null) {
            builder.claim(BSN_CLAIM, bsnClaim);
        }
        return onderteken(rollen(builder, Set.of("betrokkene")));
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
        String payload = b64("{\"iss\":\"" + issuer + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"aanvaller\",\"groups\":[\"" + rol + "\"],"
                + "\"gemeente\":\"" + gemeenteCode + "\",\"iat\":" + nu + ",\"exp\":" + (nu + 3600) + "}");
        return header + "." + payload + ".";
    }

    /**
     * A token of a given subject with an arbitrary {@code gemeente} claim (a string, a number, a list,
     * or null for none), for replays by "the same person with another municipality" and odd claims.
     */
    public static String metSubject(String subject, String rol, Object gemeenteClaim) {
        JwtClaimsBuilder builder = rollen(Jwt.issuer(issuer).audience(AUDIENCE).upn("test-" + rol), Set.of(rol))
                .expiresIn(3600);
        if (subject != null) {
            builder.subject(subject);
        }
        if (gemeenteClaim != null) {
            builder.claim("gemeente", gemeenteClaim);
        }
        return onderteken(builder);
    }

    /**
     * A token of the {@code riec} or {@code politie} role with its region claim ({@code riecRegio},
     * {@code politieEenheid}) set to any JSON value (a string, a number, a list; null for none), and no
     * {@code gemeente} claim: these roles are scoped to a region, not a municipality.
     */
    public static String metRegio(String rol, String claim, Object waarde) {
        JwtClaimsBuilder builder = rollen(Jwt.issuer(issuer).audience(AUDIENCE)
                .subject("test-" + rol + "-" + String.valueOf(waarde).replaceAll("[^A-Za-z0-9-]", "_"))
                .upn("test-" + rol), Set.of(rol)).expiresIn(3600);
        if (waarde != null) {
            builder.claim(claim, waarde);
        }
        return onderteken(builder);
    }

    /** A correctly signed token that does not say who acts: no {@code sub} claim. */
    public static String zonderSubject(String rol, String gemeenteCode) {
        return metSubject(null, rol, gemeenteCode);
    }

    private static JwtClaimsBuilder claims(String rol, String gemeenteCode) {
        JwtClaimsBuilder builder = rollen(Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject("test-" + rol + (gemeenteCode == null ? "" : "-" + gemeenteCode))
                .upn("test-" + rol), Set.of(rol))
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
