package nl.sekswerkregister.privacy;

import java.math.BigInteger;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configured key versions of one purpose, as exponents, and the one new pseudonyms are made with.
 * Versions are independent keys (not chained): any version but the active one may be dropped from
 * the configuration once nothing stored uses it any more.
 */
public final class Sleutelring {

    private final String doel;
    private final int actieveVersie;
    private final SortedMap<Integer, BigInteger> exponenten = new TreeMap<>();
    private final SortedMap<Integer, byte[]> sleutels = new TreeMap<>();

    Sleutelring(String doel, PseudoniemConfig.Ring config) {
        this.doel = doel;
        this.actieveVersie = config.actieveVersie();
        config.sleutels().forEach((versie, base64) -> {
            byte[] sleutel = Base64.getDecoder().decode(base64.trim());
            if (sleutel.length < 32) {
                throw new IllegalStateException("Pseudoniemsleutel " + doel + " versie " + versie + " is korter dan 32 bytes");
            }
            sleutels.put(versie, sleutel);
            exponenten.put(versie, Pseudoniemgroep.exponent(sleutel));
        });
        if (!exponenten.containsKey(actieveVersie)) {
            throw new IllegalStateException("Pseudoniemsleutel " + doel + " versie " + actieveVersie
                    + " (de actieve) is niet geconfigureerd");
        }
    }

    public String doel() {
        return doel;
    }

    public int actieveVersie() {
        return actieveVersie;
    }

    /** The configured versions, oldest first. */
    public SortedMap<Integer, BigInteger> versies() {
        return Collections.unmodifiableSortedMap(exponenten);
    }

    public boolean heeft(int versie) {
        return exponenten.containsKey(versie);
    }

    BigInteger exponent(int versie) {
        BigInteger k = exponenten.get(versie);
        if (k == null) {
            throw new IllegalStateException("Pseudoniemsleutel " + doel + " versie " + versie + " is niet geconfigureerd");
        }
        return k;
    }

    /** The raw key bytes, for the keyed hashes (HMAC) that are made with this ring. */
    byte[] sleutel(int versie) {
        return sleutels.get(versie).clone();
    }

    Map<Integer, byte[]> ruweSleutels() {
        return sleutels;
    }
}
