package nl.sekswerkregister.pagina.inlog.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * DEV-ONLY: the committed key pair of deploy/dev-keys (the one deploy/dev-token.sh signs with), read from the
 * working directory dev mode and the tests run in. RS256 is signed by hand: the JWT builder is a test dependency,
 * and a dev tool should not pull it into the packaged service.
 */
final class DevSleutel {

    static final String KEY_ID = "sekswerkregister-dev-only";
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privé;
    private final RSAPublicKey publiek;

    private DevSleutel(PrivateKey privé, RSAPublicKey publiek) {
        this.privé = privé;
        this.publiek = publiek;
    }

    static DevSleutel uit(Path map) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privé = rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(map.resolve("jwt-dev-private.pem"))));
            RSAPublicKey publiek = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(pem(map.resolve("jwt-dev-public.pem"))));
            return new DevSleutel(privé, publiek);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DEV-ONLY sleutel in " + map + " is onleesbaar", e);
        }
    }

    private static byte[] pem(Path bestand) {
        try {
            String tekst = Files.readString(bestand).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(tekst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String onderteken(String payloadJson) {
        String kop = B64URL.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String inhoud = kop + "." + B64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privé);
            rs256.update(inhoud.getBytes(StandardCharsets.US_ASCII));
            return inhoud + "." + B64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> jwk() {
        return Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", KEY_ID,
                "n", B64URL.encodeToString(zonderTekenbyte(publiek.getModulus())),
                "e", B64URL.encodeToString(zonderTekenbyte(publiek.getPublicExponent())));
    }

    private static byte[] zonderTekenbyte(BigInteger getal) {
        byte[] bytes = getal.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
