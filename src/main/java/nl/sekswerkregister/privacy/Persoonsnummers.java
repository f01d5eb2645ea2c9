package nl.sekswerkregister.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises identity numbers in free text: a motivation, a licence condition, a purpose header.
 * Such text is kept for good (decisions are never deleted; the processing log is append-only), so a
 * BSN typed into it could never be removed again. Text that holds one is refused, not cleaned: the
 * client must rephrase, and the number is never repeated back.
 *
 * <p>What counts:
 * <ul>
 *   <li>a BSN: nine digits that pass the elfproef, also when written in groups separated by a dot,
 *       space or hyphen ({@code 1234.56.782}, {@code 123 456 782});</li>
 *   <li>an identity-document number: a word of 8 to 20 capitals and digits with at least two of each,
 *       the shape of Dutch passport and identity-card numbers ({@code SPECI2014}) and of most foreign
 *       ones.</li>
 * </ul>
 * A nine-digit number that happens to pass the elfproef (about one in eleven) is refused too; that
 * is the price of never storing a real one. Licence numbers ({@code GM0363-2026-000001}), CBS codes,
 * KvK numbers (8 digits), dates and article numbers do not match.
 */
public final class Persoonsnummers {

    /** Digit groups joined by single separators; each window of groups that adds up to nine digits is tried. */
    private static final Pattern CIJFERGROEPEN = Pattern.compile("(?<![0-9A-Za-z])[0-9]+(?:[ .-][0-9]+)*(?![0-9A-Za-z])");
    private static final Pattern WOORD = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern DOCUMENTNUMMER = Pattern.compile("[A-Z0-9]{8,20}");

    private Persoonsnummers() {
    }

    public static boolean bevatPersoonsnummer(String tekst) {
        return tekst != null && (bevatBsn(tekst) || bevatDocumentnummer(tekst));
    }

    static boolean bevatBsn(String tekst) {
        Matcher m = CIJFERGROEPEN.matcher(tekst);
        while (m.find()) {
            String[] groepen = m.group().split("[ .-]");
            for (int van = 0; van < groepen.length; van++) {
                StringBuilder cijfers = new StringBuilder();
                for (int tot = van; tot < groepen.length && cijfers.length() < 9; tot++) {
                    cijfers.append(groepen[tot]);
                    if (cijfers.length() == 9 && Identificatie.isGeldigBsn(cijfers.toString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean bevatDocumentnummer(String tekst) {
        Matcher m = WOORD.matcher(tekst);
        while (m.find()) {
            String woord = m.group();
            if (DOCUMENTNUMMER.matcher(woord).matches()) {
                long letters = woord.chars().filter(Character::isLetter).count();
                long cijfers = woord.length() - letters;
                if (letters >= 2 && cijfers >= 2) {
                    return true;
                }
            }
        }
        return false;
    }
}
