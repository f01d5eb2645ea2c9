package nl.sekswerkregister.common.adres;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.invoer.Parameters;

/**
 * An address in a query string (postcode, huisnummer, huisletter, huisnummertoevoeging), as an
 * officer types what they see at a door. The postcode is forgiven its case and the one space it is
 * printed with ("1012 ab"), nothing else, and is then used as the BAG writes it ("1012AB").
 * Errors name the parameter and never repeat what was sent.
 */
public final class AdresParameters {

    public static final String POSTCODE = "postcode";
    public static final String HUISNUMMER = "huisnummer";
    public static final String HUISLETTER = "huisletter";
    public static final String TOEVOEGING = "huisnummertoevoeging";

    /** As printed on a letter: capitals or not, one space or none between digits and letters. */
    private static final Pattern POSTCODE_PATROON = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final Pattern HUISLETTER_PATROON = Pattern.compile("[A-Za-z]");
    private static final Pattern TOEVOEGING_PATROON = Pattern.compile("[A-Za-z0-9]{1,4}");

    private AdresParameters() {
    }

    /** True when the caller sent any part of an address. */
    public static boolean gegeven(String postcode, String huisnummer, String huisletter, String toevoeging) {
        return postcode != null || huisnummer != null || huisletter != null || toevoeging != null;
    }

    /**
     * The address sent, or empty when none was. A letter or addition without postcode and number
     * is an incomplete address: 400 naming what is missing.
     */
    public static Optional<Adressleutel> lees(Parameters parameters, String postcode, String huisnummer,
                                              String huisletter, String toevoeging) {
        if (!gegeven(postcode, huisnummer, huisletter, toevoeging)) {
            return Optional.empty();
        }
        Optional<String> pc = Optional.empty();
        if (postcode == null) {
            parameters.fout(POSTCODE, "verplicht", "Een adres heeft een postcode en een huisnummer.");
        } else {
            pc = parameters.patroon(POSTCODE, postcode, POSTCODE_PATROON, "een postcode zoals 1012AB")
                    .map(geldig -> geldig.replace(" ", "").toUpperCase(Locale.ROOT));
        }
        int nummer = 0;
        if (huisnummer == null) {
            parameters.fout(HUISNUMMER, "verplicht", "Een adres heeft een postcode en een huisnummer.");
        } else {
            nummer = parameters.geheelGetal(HUISNUMMER, huisnummer, 0, 1, 99999);
        }
        Optional<String> letter = parameters.patroon(HUISLETTER, huisletter, HUISLETTER_PATROON, "één letter");
        Optional<String> toev = parameters.patroon(TOEVOEGING, toevoeging, TOEVOEGING_PATROON,
                "1 tot 4 letters of cijfers");
        if (pc.isEmpty() || nummer == 0 || (huisletter != null && letter.isEmpty())
                || (toevoeging != null && toev.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Adressleutel(pc.get(), nummer, letter.orElse(null), toev.orElse(null)));
    }
}
