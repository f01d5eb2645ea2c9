package nl.sekswerkregister.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * JSON bodies must be valid UTF-8 (RFC 8259). Jackson's own decoder is lenient: it reads the overlong
 * sequence {@code C0 AF} as "/", so a value could pass every pattern check in one spelling and mean
 * something else in another. Java's decoder refuses overlong forms, lone continuation bytes and
 * encoded surrogates; this interceptor runs it over the whole body (bounded by {@link BodyLimiet},
 * which runs first) before Jackson sees a byte, and names the field that holds the bad bytes.
 */
@Provider
@Priority(Priorities.USER + 100)
public class StrikteUtf8 implements ReaderInterceptor {

    private static final ObjectMapper LEZER = new ObjectMapper();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ProbleemException.ongeldig(veldMetOngeldigeTekens(body), "utf-8",
                    "Geen geldige UTF-8 (bijvoorbeeld een te lange codering of een losse vervolgbyte).");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The JSON path of the first value or name with undecodable bytes; "body" when it cannot be told. */
    static String veldMetOngeldigeTekens(byte[] body) {
        // Decoding with replacement marks every bad sequence with U+FFFD; the tree says where it sits.
        String vervangen = new String(body, StandardCharsets.UTF_8);
        try {
            return OngeldigeParameter.noembaar(zoek(LEZER.readTree(vervangen), ""), "body");
        } catch (IOException e) {
            return "body";
        }
    }

    private static String zoek(JsonNode knoop, String pad) {
        if (knoop.isTextual()) {
            return knoop.textValue().indexOf('\uFFFD') >= 0 ? pad : null;
        }
        if (knoop.isArray()) {
            for (int i = 0; i < knoop.size(); i++) {
                String gevonden = zoek(knoop.get(i), pad + "[" + i + "]");
                if (gevonden != null) {
                    return gevonden;
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> velden = knoop.fields();
        while (velden.hasNext()) {
            Map.Entry<String, JsonNode> veld = velden.next();
            if (veld.getKey().indexOf('\uFFFD') >= 0) {
                return "body";
            }
            String gevonden = zoek(veld.getValue(), pad.isEmpty() ? veld.getKey() : pad + "." + veld.getKey());
            if (gevonden != null) {
                return gevonden;
            }
        }
        return null;
    }
}
