package nl.sekswerkregister.common.invoer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;

/**
 * One reading round of {@link Invoerlezer}: notes each problem Jackson lets a handler get past
 * and keeps reading (an unknown field is skipped, an unknown enum value or unparsable date becomes
 * null), with the place of the value so that a later round can do without it.
 */
final class Verzamelaar extends DeserializationProblemHandler {

    private record Melding(OngeldigeParameter fout, Veldpad plek) {
    }

    private final List<Melding> meldingen = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        Veldpad plek = plekVan(ctxt, p, propertyName);
        meld(plek, new OngeldigeParameter(plek.naam(), "onbekend-veld", Veldfouten.ONBEKEND_VELD));
        p.skipChildren();
        return true;
    }

    /**
     * Where an unknown field is. A record is made through its constructor, so Jackson buffers its
     * fields and handles an unknown one after the whole object was read, from a buffer whose contexts
     * do not name the way there: the document's own parser then stands just past that object, in
     * the object or list that holds it. Read directly, the parser stands on the field's value, inside
     * it when that value is a list or object.
     */
    private static Veldpad plekVan(DeserializationContext ctxt, JsonParser p, String veld) {
        Veldpad object;
        if (ctxt.getParser() != p) {
            object = Veldpad.van(ctxt.getParser().getParsingContext());
        } else {
            JsonStreamContext c = p.getParsingContext();
            if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
                c = c.getParent();
            }
            object = Veldpad.van(c).ouder();
        }
        return object.met(veld);
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        return vervang(ctxt, targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        return vervang(ctxt, targetType);
    }

    /**
     * A map key that is no value of its type (bedrijfstypen.SEKSBIOSCOOP). Jackson then fails with
     * the map as the place; the problem is named after the map, as that failure would be, but it is
     * the entry that a next round leaves out, so the other entries are still read.
     */
    @Override
    public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue, String failureMsg) {
        Veldpad plek = Veldpad.van(ctxt.getParser().getParsingContext());
        meld(plek, new OngeldigeParameter(plek.ouder().naam(), "type", Veldfouten.typefout(rawKeyType)));
        return NOT_HANDLED;
    }

    private Object vervang(DeserializationContext ctxt, Class<?> doel) {
        if (doel.isPrimitive()) {
            return NOT_HANDLED; // null cannot stand in for it; the next round takes the value out
        }
        Veldpad plek = Veldpad.van(ctxt.getParser().getParsingContext());
        meld(plek, new OngeldigeParameter(plek.naam(), "type", Veldfouten.typefout(doel)));
        return null;
    }

    /** Notes a problem once: the failure Jackson throws after a declined handler is the same one. */
    void meld(Veldpad plek, OngeldigeParameter fout) {
        if (meldingen.stream().noneMatch(m -> m.fout().equals(fout))) {
            meldingen.add(new Melding(fout, plek));
        }
    }

    void neemOver(List<OngeldigeParameter> fouten, List<String> onleesbaar) {
        for (Melding m : meldingen) {
            fouten.add(m.fout());
            onleesbaar.add(m.plek().naam());
        }
    }

    /** @return whether anything was taken out, that is, whether reading again gets further */
    boolean verwijderUit(JsonNode document) {
        boolean verwijderd = false;
        for (Melding m : meldingen) {
            verwijderd |= m.plek().verwijderUit(document);
        }
        return verwijderd;
    }
}
