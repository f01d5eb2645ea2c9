package nl.sekswerkregister.privacy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number from an advertisement, in one form (E.164, {@code +31612345678}) however it was
 * written, so that "06-12345678" and "+31 6 1234 5678" give the same pseudonym. It is often the sex
 * worker's own number: held only in memory for the length of a request, to compute the
 * municipality's pseudonym; never stored, logged or printed (toString is deliberately blank).
 */
public final class Telefoonnummer {

    /** Separators people write in numbers; removed before the form is judged. */
    private static final Pattern SCHEIDING = Pattern.compile("[ .()/-]");
    /** A Dutch number in national form: 0, then nine digits not starting with 0. */
    private static final Pattern NATIONAAL = Pattern.compile("0[1-9][0-9]{8}");
    /** International form (+ or 00): a country code and subscriber number, 8 to 15 digits in all (ITU E.164). */
    private static final Pattern INTERNATIONAAL = Pattern.compile("(?:\\+|00)([1-9][0-9]{7,14})");
    /**
     * Something in free text that reads as a Dutch phone number (national or +31/0031), separators
     * allowed between digits; used to keep phone numbers out of text that is kept in clear.
     */
    private static final Pattern IN_TEKST = Pattern.compile(
            "(?<![0-9])(?:\\+31|0031|0)[ .()/-]*[1-9](?:[ .()/-]*[0-9]){8}(?![0-9])");

    private final String e164;

    private Telefoonnummer(String e164) {
        this.e164 = e164;
    }

    /** The number in E.164, or empty when the text is no phone number. Dutch national numbers become +31. */
    public static Optional<Telefoonnummer> lees(String tekst) {
        if (tekst == null || tekst.length() > 40) {
            return Optional.empty();
        }
        String kaal = SCHEIDING.matcher(tekst.strip()).replaceAll("");
        if (NATIONAAL.matcher(kaal).matches()) {
            return Optional.of(new Telefoonnummer("+31" + kaal.substring(1)));
        }
        var internationaal = INTERNATIONAAL.matcher(kaal);
        if (internationaal.matches()) {
            String cijfers = internationaal.group(1);
            // +31 0 6... is a common way of writing a Dutch number; the 0 is not dialled.
            if (cijfers.startsWith("310")) {
                cijfers = "31" + cijfers.substring(3);
            }
            return cijfers.length() >= 8 ? Optional.of(new Telefoonnummer("+" + cijfers)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a text holds something that reads as a Dutch phone number. */
    public static boolean staatIn(String tekst) {
        return tekst != null && IN_TEKST.matcher(tekst).find();
    }

    /** The canonical form keyed into pseudonyms: type-tagged, so it never equals another identifier's. */
    String canoniek() {
        return "TEL:" + e164;
    }

    @Override
    public boolean equals(Object ander) {
        return ander instanceof Telefoonnummer t && t.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return "Telefoonnummer[***]";
    }
}
