package nl.sekswerkregister.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA-256) with domain separation. A plain hash of a BSN is no pseudonym
 * (10⁸ candidates are hashed in seconds); a keyed one cannot be recomputed without the key, which
 * never enters the database.
 *
 * <p>Domains: {@code landelijk} (only to enforce one active registration per person nationwide),
 * {@code gemeente|GMxxxx} (what one municipality's systems see; two municipalities' pseudonyms of
 * one person differ, so their data cannot be joined), {@code beheerder|GMxxxx} (licence managers:
 * a separate domain, so that nobody who reads licences can match a manager to a registration),
 * {@code logboek} (to find a person's entries
 * in the processing log for an access request) and {@code medewerker} (officers in access reports).
 *
 * <p>Rotation without the identifiers: version 1 is HMAC(k1, domain|id); version n is
 * HMAC(kn, version n−1). Stored pseudonyms move to a new version by one more HMAC, so the
 * registry can re-key everything it holds without ever having held a BSN, and a leaked old key
 * alone no longer reveals anything.
 */
@ApplicationScoped
public class Pseudonimisering {

    private final int actieveVersie;
    private final Map<Integer, SecretKeySpec> sleutels = new TreeMap<>();

    public Pseudonimisering(PseudoniemConfig config) {
        this.actieveVersie = config.actieveVersie();
        config.sleutels().forEach((versie, base64) -> {
            byte[] sleutel = Base64.getDecoder().decode(base64.trim());
            if (sleutel.length < 32) {
                throw new IllegalStateException("Pseudoniemsleutel versie " + versie + " is korter dan 32 bytes");
            }
            sleutels.put(versie, new SecretKeySpec(sleutel, "HmacSHA256"));
        });
        for (int v = 1; v <= actieveVersie; v++) {
            if (!sleutels.containsKey(v)) {
                throw new IllegalStateException("Pseudoniemsleutel versie " + v + " ontbreekt (versies zijn geketend)");
            }
        }
    }

    public int actieveVersie() {
        return actieveVersie;
    }

    public String landelijk(Identificatie id) {
        return maak("landelijk", id, actieveVersie);
    }

    /** The national pseudonym under every configured version up to the active one: for lookups during a rotation. */
    public List<String> landelijkAlleVersies(Identificatie id) {
        List<String> alle = new ArrayList<>();
        for (int v = 1; v <= actieveVersie; v++) {
            alle.add(maak("landelijk", id, v));
        }
        return alle;
    }

    public String gemeente(Identificatie id, String gemeenteCode) {
        return maak("gemeente|" + gemeenteCode, id, actieveVersie);
    }

    public List<String> gemeenteAlleVersies(Identificatie id, String gemeenteCode) {
        List<String> alle = new ArrayList<>();
        for (int v = 1; v <= actieveVersie; v++) {
            alle.add(maak("gemeente|" + gemeenteCode, id, v));
        }
        return alle;
    }

    public String beheerder(Identificatie id, String gemeenteCode) {
        return maak("beheerder|" + gemeenteCode, id, actieveVersie);
    }

    public String logboek(Identificatie id) {
        return maak("logboek", id, 1);
    }

    /** A keyed hash of a request (Idempotency-Key): comparable, but not a way back to a BSN in its body. */
    public String verzoekhash(String verzoek) {
        return hex(hmac(sleutels.get(1), ("verzoek|" + verzoek).getBytes(StandardCharsets.UTF_8)));
    }

    /** An officer as the data subject sees them in an access report: stable, but not their account name. */
    public String medewerker(String subject) {
        return "mw-" + hex(hmac(sleutels.get(1), ("medewerker|" + subject).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /** One rotation step for a stored pseudonym: version v to v+1. */
    public String roteer(String pseudoniem, int naarVersie) {
        return hex(hmac(sleutel(naarVersie), pseudoniem.getBytes(StandardCharsets.US_ASCII)));
    }

    String maak(String domein, Identificatie id, int versie) {
        String p = hex(hmac(sleutel(1), (domein + "|" + id.canoniek()).getBytes(StandardCharsets.UTF_8)));
        for (int v = 2; v <= versie; v++) {
            p = roteer(p, v);
        }
        return p;
    }

    private SecretKeySpec sleutel(int versie) {
        SecretKeySpec sleutel = sleutels.get(versie);
        if (sleutel == null) {
            throw new IllegalStateException("Pseudoniemsleutel versie " + versie + " is niet geconfigureerd");
        }
        return sleutel;
    }

    private static byte[] hmac(SecretKeySpec sleutel, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
