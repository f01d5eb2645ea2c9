package nl.sekswerkregister.privacy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The arithmetic of re-keyable pseudonyms: exponentiation in the prime-order subgroup of the 2048-bit
 * MODP group of RFC 3526 (group 14, a safe prime p = 2q + 1). A pseudonym of identifier x under key k
 * is H(x)^k mod p, where H maps into the subgroup of squares (order q).
 *
 * <p>Why not HMAC: an HMAC pseudonym can only be moved to a new key by chaining (HMAC(k2, HMAC(k1, x))),
 * so the first key is needed forever and its leak stays dangerous. Here a stored pseudonym moves from
 * key k1 to k2 by one exponentiation with k2/k1 mod q, without the identifier; afterwards the old key
 * can be destroyed, and a database dump plus the old key matches nothing. The same idea underlies
 * the Dutch government's polymorphic pseudonyms (BSNk); it holds as long as the decisional
 * Diffie-Hellman problem is hard in this group (about 112-bit security at 2048 bits).
 */
final class Pseudoniemgroep {

    /** RFC 3526, section 3: the 2048-bit MODP group. */
    static final BigInteger P = new BigInteger(("""
            FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD\
            EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED\
            EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F\
            83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B\
            E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510\
            15728E5A8AACAA68FFFFFFFFFFFFFFFF"""), 16);
    static final BigInteger Q = P.subtract(BigInteger.ONE).shiftRight(1);
    /** Hex digits of a pseudonym: p is 2048 bits. */
    static final int HEX_LENGTE = 512;

    private Pseudoniemgroep() {
    }

    /**
     * H(x): 2048 + 128 bits from SHA-256 in counter mode (so the reduction mod p is close to uniform),
     * squared into the subgroup of order q.
     */
    static BigInteger naarGroep(String invoer) {
        byte[] bytes = invoer.getBytes(StandardCharsets.UTF_8);
        byte[] uit = new byte[(2048 + 128) / 8];
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int blok = 0; blok * 32 < uit.length; blok++) {
                sha.update(new byte[] {0, 0, 0, (byte) blok});
                sha.update(bytes);
                byte[] stuk = sha.digest();
                System.arraycopy(stuk, 0, uit, blok * 32, Math.min(32, uit.length - blok * 32));
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        BigInteger h = new BigInteger(1, uit).mod(P);
        return h.multiply(h).mod(P);
    }

    /** A key as an exponent: 1 ≤ k < q. */
    static BigInteger exponent(byte[] sleutel) {
        BigInteger k = new BigInteger(1, sleutel).mod(Q);
        if (k.signum() == 0) {
            throw new IllegalStateException("Pseudoniemsleutel is onbruikbaar (nul modulo q)");
        }
        return k;
    }

    static String pseudoniem(String invoer, BigInteger k) {
        return hex(naarGroep(invoer).modPow(k, P));
    }

    /** Moves a pseudonym from key {@code van} to key {@code naar}: P^(naar / van mod q). */
    static String herschrijf(String pseudoniem, BigInteger van, BigInteger naar) {
        BigInteger stap = naar.multiply(van.modInverse(Q)).mod(Q);
        return hex(new BigInteger(pseudoniem, 16).modPow(stap, P));
    }

    static boolean isPseudoniem(String tekst) {
        return tekst != null && tekst.length() == HEX_LENGTE && tekst.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static String hex(BigInteger waarde) {
        String hex = waarde.toString(16);
        return "0".repeat(HEX_LENGTE - hex.length()) + hex;
    }
}
