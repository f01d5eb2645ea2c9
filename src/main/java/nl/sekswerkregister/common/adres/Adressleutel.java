package nl.sekswerkregister.common.adres;

import java.util.Locale;

/**
 * What makes an address one door: postcode, house number, letter and addition, as the BAG writes
 * them (capitals; a missing letter or addition is no letter or addition, never an empty string).
 * Street and town follow from the postcode and number, so they are no part of it: "Warmoesstraat"
 * and "Warmoestraat" at 1012JD 10 are the same premises.
 */
public record Adressleutel(String postcode, int huisnummer, String huisletter, String huisnummertoevoeging) {

    public Adressleutel {
        huisletter = normaal(huisletter);
        huisnummertoevoeging = normaal(huisnummertoevoeging);
    }

    public static Adressleutel van(Adres adres) {
        return new Adressleutel(adres.postcode(), adres.huisnummer(), adres.huisletter(), adres.huisnummertoevoeging());
    }

    /** Whether the address is this very door; no address (an escort licence) matches no door. */
    public boolean komtOvereenMet(Adres adres) {
        return adres != null && adres.postcode() != null && equals(van(adres));
    }

    private static String normaal(String deel) {
        return deel == null || deel.isEmpty() ? null : deel.toUpperCase(Locale.ROOT);
    }
}
