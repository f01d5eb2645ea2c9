package nl.sekswerkregister.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Dates as the contract has them (JJJJ-MM-DD, years 1900 to 2999): Java would also read
 * "+300000-01-01", which PostgreSQL cannot store and clients cannot parse.
 */
public final class StrikteDatum extends StdScalarDeserializer<LocalDate> {

    public static final LocalDate VROEGST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAATST = LocalDate.of(2999, 12, 31);

    StrikteDatum() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String tekst = p.getValueAsString();
        LocalDate datum = LocalDateDeserializer.INSTANCE.deserialize(p, ctx);
        if (datum != null && (tekst == null || !tekst.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") || datum.isBefore(VROEGST)
                || datum.isAfter(LAATST))) {
            throw InvalidFormatException.from(p, "datum buiten bereik", null, LocalDate.class);
        }
        return datum;
    }
}
