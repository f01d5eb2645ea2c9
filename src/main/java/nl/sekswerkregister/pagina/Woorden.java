package nl.sekswerkregister.pagina;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * The API's codes as the pages write them for people: Dutch words and dates ("14 december 2026"),
 * so that a page never shows {@code ZONDER_FYSIEK_CONTACT} where a reader expects a sentence.
 */
public final class Woorden {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Woorden() {
    }

    public static String datum(LocalDate datum) {
        return datum == null ? null : DATUM.format(datum);
    }

    public static String bedrijfstype(Bedrijfstype type) {
        return switch (type) {
            case RAAMPROSTITUTIE -> "Raamprostitutie";
            case CLUB -> "Club of privéhuis";
            case ESCORT -> "Escortbedrijf";
            case THUISWERK -> "Thuiswerk";
            case MASSAGESALON -> "Massagesalon";
            case ZONDER_FYSIEK_CONTACT -> "Zonder fysiek contact (webcam, sekstheater)";
            case OVERIG -> "Overig";
        };
    }

    /** An enum constant as a word: {@code AANVRAAG_INGETROKKEN} reads "Aanvraag ingetrokken". */
    public static String code(Enum<?> code) {
        if (code == null) {
            return null;
        }
        String tekst = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    /** A postcode as printed: "1012 JD". */
    public static String postcode(String postcode) {
        return postcode != null && postcode.length() == 6 ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
    }
}
