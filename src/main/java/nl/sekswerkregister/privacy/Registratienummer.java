package nl.sekswerkregister.privacy;

import java.security.SecureRandom;

/**
 * The number printed on a sex worker's pass: 10 random characters (50 bits, no sequence, no date,
 * nothing derived from the person) and a check character, from an alphabet without look-alikes
 * (Crockford: no I, L, O, U), grouped for reading aloud: {@code K7QM-4XR2-9T6}. The check is
 * Luhn mod 32, which catches every single mistyped character and every swap of two neighbours
 * except 0↔Z (the one blind spot of Luhn mod N, as 0↔9 is for card numbers).
 */
public final class Registratienummer {

    static final String ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Registratienummer() {
    }

    public static String nieuw() {
        StringBuilder tekens = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            tekens.append(ALFABET.charAt(RANDOM.nextInt(32)));
        }
        tekens.append(controleteken(tekens));
        return tekens.substring(0, 4) + "-" + tekens.substring(4, 8) + "-" + tekens.substring(8);
    }

    /** Shape and check character; lower case and missing hyphens are accepted as typed, and normalised. */
    public static boolean isGeldig(String nummer) {
        String tekens = normaliseer(nummer);
        if (tekens == null) {
            return false;
        }
        return controleteken(tekens.substring(0, 10)) == tekens.charAt(10);
    }

    /** Upper case with hyphens, or null when it is not 11 characters of the alphabet. */
    public static String normaliseer(String nummer) {
        if (nummer == null) {
            return null;
        }
        String tekens = nummer.replace("-", "").toUpperCase();
        if (tekens.length() != 11 || !tekens.chars().allMatch(c -> ALFABET.indexOf(c) >= 0)) {
            return null;
        }
        return tekens;
    }

    public static String opmaak(String nummer) {
        String t = normaliseer(nummer);
        return t.substring(0, 4) + "-" + t.substring(4, 8) + "-" + t.substring(8);
    }

    static char controleteken(CharSequence tekens) {
        int factor = 2;
        int som = 0;
        for (int i = tekens.length() - 1; i >= 0; i--) {
            int addend = factor * ALFABET.indexOf(tekens.charAt(i));
            factor = factor == 2 ? 1 : 2;
            som += addend / 32 + addend % 32;
        }
        int rest = som % 32;
        return ALFABET.charAt((32 - rest) % 32);
    }
}
