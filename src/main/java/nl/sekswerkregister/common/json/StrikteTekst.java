package nl.sekswerkregister.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Text as PostgreSQL can store it and every client can read it: no NUL characters (the database
 * refuses them) and no unpaired surrogates (they cannot be encoded). Refused as invalid input.
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
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= tekst.length() || !Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
