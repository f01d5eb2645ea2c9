package nl.sekswerkregister.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Text as PostgreSQL can store it and every reader can see it. Refused as invalid input:
 * <ul>
 *   <li>NUL (the database refuses it) and unpaired surrogates (they cannot be encoded);</li>
 *   <li>other control characters except tab, line feed and carriage return, such as U+0085: they
 *       print as nothing or break lines in a register extract;</li>
 *   <li>text that is not empty but has no visible character at all, only invisible ones such as
 *       U+200B (zero width space) or U+FEFF: a name that looks empty on every screen. Text made of
 *       ordinary spaces only is left to the field's own rule (required fields answer "verplicht").</li>
 * </ul>
 */
final class StrikteTekst extends StdScalarDeserializer<String> {

    StrikteTekst() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String tekst = StringDeserializer.instance.deserialize(p, ctx);
        if (tekst != null && !isGeldig(tekst)) {
            throw InvalidFormatException.from(p, "ongeldig teken", null, String.class);
        }
        return tekst;
    }

    static boolean isGeldig(String tekst) {
        boolean zichtbaar = false;
        boolean alleenSpaties = true;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= tekst.length() || !Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
            int teken = tekst.codePointAt(i);
            i += Character.charCount(teken) - 1;
            if (Character.getType(teken) == Character.CONTROL && teken != '\t' && teken != '\n' && teken != '\r') {
                return false;
            }
            zichtbaar |= isZichtbaar(teken);
            alleenSpaties &= Character.isWhitespace(teken) || Character.isSpaceChar(teken);
        }
        return zichtbaar || alleenSpaties;
    }

    /** Whether a character leaves a mark on its own: not a space, control, format or combining character. */
    static boolean isZichtbaar(int teken) {
        return switch (Character.getType(teken)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                    Character.SURROGATE, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK -> false;
            // Letters that render as blank space: Hangul fillers and the blank braille pattern.
            default -> teken != 0x115F && teken != 0x1160 && teken != 0x3164 && teken != 0xFFA0 && teken != 0x2800;
        };
    }
}
