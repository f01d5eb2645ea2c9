package nl.sekswerkregister.common.ondertekening;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs with the service's Ed25519 key (JDK only, no provider needed) and checks such signatures.
 * Signatures and keys travel as base64url without padding; the key id is the first 16 hex digits of
 * the SHA-256 of the public key (SPKI), so a verifier can tell which key signed after a change of key.
 */
@ApplicationScoped
public class Ondertekenaar {

    private final PrivateKey prive;
    private final PublicKey publiek;
    private final String sleutelId;
    /** Key id to public key (base64url SPKI) of every key whose signatures this service accepts. */
    private final Map<String, String> bekendeSleutels = new LinkedHashMap<>();

    public Ondertekenaar(OndertekeningConfig config) {
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(config.sleutel().trim());
            KeyFactory fabriek = KeyFactory.getInstance("Ed25519");
            this.prive = fabriek.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            this.publiek = publiekeSleutelVan((EdECPrivateKey) prive, fabriek);
            this.sleutelId = sleutelIdVan(publiek.getEncoded());
            bekendeSleutels.put(sleutelId, publiekeSleutel());
            for (String vorige : config.vorigePubliekeSleutels().orElse(List.of())) {
                bekendeSleutels.putIfAbsent(sleutelIdVan(Base64.getUrlDecoder().decode(vorige.trim())), vorige.trim());
            }
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            // Never echo the key material: the configuration is the secret.
            throw new IllegalStateException("sekswerkregister.ondertekening.sleutel is geen Ed25519-sleutel in PKCS#8 (base64)");
        }
    }

    public String onderteken(String tekst) {
        try {
            Signature ondertekening = Signature.getInstance("Ed25519");
            ondertekening.initSign(prive);
            ondertekening.update(tekst.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(ondertekening.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code handtekening} is this service's signature over {@code tekst}; false for anything malformed. */
    public boolean klopt(String tekst, String handtekening) {
        return klopt(publiek, tekst, handtekening);
    }

    /** Whether the key {@code sleutelId} (this one or an earlier one) signed {@code tekst}. */
    public boolean kloptVan(String sleutelId, String tekst, String handtekening) {
        String sleutel = bekendeSleutels.get(sleutelId);
        return sleutel != null && klopt(sleutel, tekst, handtekening);
    }

    /** Every key whose signatures this service accepts, by key id; the current one first. */
    public Map<String, String> bekendeSleutels() {
        return Collections.unmodifiableMap(bekendeSleutels);
    }

    /** Checks a signature against a published key (base64url SPKI), as an outside verifier would. */
    public static boolean klopt(String publiekeSleutel, String tekst, String handtekening) {
        try {
            PublicKey sleutel = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getUrlDecoder().decode(publiekeSleutel)));
            return klopt(sleutel, tekst, handtekening);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean klopt(PublicKey sleutel, String tekst, String handtekening) {
        try {
            Signature controle = Signature.getInstance("Ed25519");
            controle.initVerify(sleutel);
            controle.update(tekst.getBytes(StandardCharsets.UTF_8));
            return controle.verify(Base64.getUrlDecoder().decode(handtekening));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key, base64url of its SPKI (X.509) encoding: what witnesses and verifiers pin. */
    public String publiekeSleutel() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(publiek.getEncoded());
    }

    public String sleutelId() {
        return sleutelId;
    }

    static String sleutelIdVan(byte[] spki) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(spki)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JDK has no call that derives an Ed25519 public key from a private one. Its key generator
     * takes the private key as 32 random bytes (RFC 8032), so a generator fed exactly these bytes
     * yields the matching public key; the check after it makes sure that held.
     */
    private static PublicKey publiekeSleutelVan(EdECPrivateKey sleutel, KeyFactory fabriek) throws GeneralSecurityException {
        byte[] zaad = sleutel.getBytes().orElseThrow(() -> new GeneralSecurityException("sleutel zonder bytes"));
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new VasteBytes(zaad));
        java.security.KeyPair paar = generator.generateKeyPair();
        if (!java.util.Arrays.equals(((EdECPrivateKey) paar.getPrivate()).getBytes().orElseThrow(), zaad)) {
            throw new GeneralSecurityException("publieke sleutel niet af te leiden");
        }
        EdECPoint punt = ((java.security.interfaces.EdECPublicKey) paar.getPublic()).getPoint();
        return fabriek.generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, punt));
    }

    /** Hands the key generator exactly the private key's 32 bytes as its "randomness". */
    private static final class VasteBytes extends java.security.SecureRandom {
        private final byte[] bytes;

        VasteBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] doel) {
            System.arraycopy(bytes, 0, doel, 0, Math.min(bytes.length, doel.length));
        }
    }
}
