package nl.sekswerkregister.pagina.deur;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.adres.Adressleutel;

/**
 * What an officer types into the door check's one field: a licence number as printed on the permit
 * at the door, or the address they stand at as postcode and house number. The premises lookup of the
 * API finds premises by postcode and number only (the BAG's key of a door), so a street name is not
 * accepted: a typo in a street would find nothing and read as "no licence", which is worse than being
 * asked for the postcode.
 *
 * <p>Accepted, case and spaces forgiven: {@code GM0363-2026-000042} (also without hyphens),
 * {@code 1012JD 10}, {@code 1012 jd 10}, {@code 1012JD 10A} (letter), {@code 1012JD 10-2} or
 * {@code 1012JD 10 2} (addition), {@code 1012JD 10A-2}, {@code 1012 JD, 10}.
 */
record Zoekterm(String vergunningnummer, Adressleutel adres) {

    static final int MAXIMALE_LENGTE = 60;
    private static final Pattern NUMMER = Pattern.compile("GM ?([0-9]{4})[- ]?([0-9]{4})[- ]?([0-9]{6})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADRES = Pattern.compile(
            "([1-9][0-9]{3}) ?([A-Za-z]{2})[ ,]+([0-9]{1,5})(?: ?([A-Za-z]))?(?: ?[- ] ?([A-Za-z0-9]{1,4}))?");

    /** The term, or empty when it is neither a licence number nor an address in a form above. */
    static Optional<Zoekterm> lees(String invoer) {
        String term = invoer.strip().replaceAll("\\s+", " ");
        Matcher nummer = NUMMER.matcher(term);
        if (nummer.matches()) {
            return Optional.of(new Zoekterm("GM" + nummer.group(1) + "-" + nummer.group(2) + "-" + nummer.group(3),
                    null));
        }
        Matcher adres = ADRES.matcher(term);
        if (adres.matches() && Integer.parseInt(adres.group(3)) > 0) {
            return Optional.of(new Zoekterm(null, new Adressleutel(
                    (adres.group(1) + adres.group(2)).toUpperCase(Locale.ROOT), Integer.parseInt(adres.group(3)),
                    adres.group(4), adres.group(5))));
        }
        return Optional.empty();
    }

    boolean isAdres() {
        return adres != null;
    }
}
