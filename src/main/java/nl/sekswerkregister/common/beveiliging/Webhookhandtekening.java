package nl.sekswerkregister.common.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of webhook deliveries as Standard Webhooks defines them (standardwebhooks.com): the secret
 * is {@code whsec_} and base64 of random bytes; the signature is {@code v1,} and base64 of
 * HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>} with the decoded secret as key.
 * Receivers verify with any Standard Webhooks library or with openssl (README "Events").
 */
public final class Webhookhandtekening {

    public static final String VOORVOEGSEL = "whsec_";
    private static final SecureRandom TOEVAL = new SecureRandom();

    private Webhookhandtekening() {
    }

    /** A new secret: 32 random bytes, as Standard Webhooks writes them. */
    public static String nieuwGeheim() {
        byte[] sleutel = new byte[32];
        TOEVAL.nextBytes(sleutel);
        return VOORVOEGSEL + Base64.getEncoder().encodeToString(sleutel);
    }

    /** The value of the {@code webhook-signature} header. */
    public static String onderteken(String geheim, String id, long tijdstempel, byte[] inhoud) {
        if (!geheim.startsWith(VOORVOEGSEL)) {
            throw new IllegalArgumentException("geen Standard Webhooks-geheim");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(geheim.substring(VOORVOEGSEL.length())), "HmacSHA256"));
            mac.update((id + "." + tijdstempel + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(inhoud));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 ontbreekt", e);
        }
    }
}
