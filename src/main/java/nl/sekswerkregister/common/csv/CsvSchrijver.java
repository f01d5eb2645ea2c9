package nl.sekswerkregister.common.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@link AlsCsv} as RFC 4180 CSV: UTF-8, comma-separated, CRLF line ends, a header line, fields
 * quoted when they hold a comma, quote or line break.
 *
 * <p>Open data is opened in spreadsheets. A text field that starts with {@code = + - @} (or a tab or
 * carriage return) would be run there as a formula (CSV injection, OWASP), and business names and
 * street names come from outside: such a field gets a leading apostrophe, which spreadsheets show as
 * text. Numbers are written as numbers, never prefixed, so a negative figure stays a figure.
 */
@Provider
@Produces(CsvSchrijver.MEDIA_TYPE)
public class CsvSchrijver implements MessageBodyWriter<AlsCsv> {

    public static final String MEDIA_TYPE = "text/csv";
    /** What the service answers with: the charset and that a header line is present (RFC 4180, RFC 7111). */
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return AlsCsv.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(AlsCsv tabel, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream uit) throws IOException {
        headers.putSingle("Content-Type", CONTENT_TYPE);
        Writer writer = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        writer.write(regel(tabel.csvKolommen()));
        for (List<?> rij : tabel.csvRijen()) {
            writer.write(regel(rij));
        }
        writer.flush();
    }

    /** One CSV line, CRLF included. */
    public static String regel(List<?> velden) {
        StringBuilder regel = new StringBuilder();
        for (int i = 0; i < velden.size(); i++) {
            if (i > 0) {
                regel.append(',');
            }
            regel.append(veld(velden.get(i)));
        }
        return regel.append("\r\n").toString();
    }

    static String veld(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof Number || waarde instanceof Boolean) {
            return waarde.toString();
        }
        String tekst = waarde.toString();
        if (!tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        if (tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            return "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }
}
