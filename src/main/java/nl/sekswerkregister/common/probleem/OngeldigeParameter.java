package nl.sekswerkregister.common.probleem;

import java.util.regex.Pattern;

/**
 * One invalid field. {@code name} is the JSON path of the field in the body ("vestigingsadres.postcode")
 * or the name of the path/query parameter. Never carries the submitted value: it may be personal data.
 */
public record OngeldigeParameter(String name, String code, String reason) {

    private static final Pattern VELDNAAM = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]]{0,80}");
    private static final Pattern LANG_GETAL = Pattern.compile(".*[0-9]{5,}.*");

    /**
     * A name the client chose (an unknown field, a query key, the path to bad bytes) may be repeated
     * only when it looks like one of ours, never when it could be, say, a BSN typed as a key: then
     * {@code anders} ("body", "query") is named instead.
     */
    public static String noembaar(String naam, String anders) {
        return naam != null && VELDNAAM.matcher(naam).matches() && !LANG_GETAL.matcher(naam).matches() ? naam : anders;
    }
}
