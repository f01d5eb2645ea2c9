package nl.sekswerkregister.common.invoer;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in a request body a value is: the field names (or map keys) and list positions from the
 * root. Named to the client as {@code regels.bedrijfstypen.CLUB.openingstijden[0].open}, the
 * notation Bean Validation's paths are given in too, so one field has one name in every problem.
 *
 * @param stappen each a {@code String} (field or key) or an {@code Integer} (list position)
 */
public record Veldpad(List<Object> stappen) {

    public Veldpad {
        stappen = List.copyOf(stappen);
    }

    public static Veldpad van(JsonMappingException e) {
        List<Object> stappen = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                stappen.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                stappen.add(ref.getIndex());
            }
        }
        return new Veldpad(stappen);
    }

    /** The value a parser stands on (a field name, or a value in an object or list). */
    static Veldpad van(JsonStreamContext plek) {
        List<Object> stappen = new ArrayList<>();
        for (JsonStreamContext c = plek; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                stappen.add(0, Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                stappen.add(0, c.getCurrentName());
            }
        }
        return new Veldpad(stappen);
    }

    public String naam() {
        StringBuilder sb = new StringBuilder();
        for (Object stap : stappen) {
            if (stap instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(stap);
            }
        }
        return sb.toString();
    }

    /** A field or map entry of this object. */
    Veldpad met(String veld) {
        List<Object> langer = new ArrayList<>(stappen);
        langer.add(veld);
        return new Veldpad(langer);
    }

    /** The object or map this value is a field or entry of. */
    Veldpad ouder() {
        return new Veldpad(stappen.isEmpty() ? stappen : stappen.subList(0, stappen.size() - 1));
    }

    /**
     * Takes the value out of the document, so that reading it again gets past it: a field or map
     * entry is removed (absent, as if never sent); a list element becomes null, so that the
     * positions of the elements after it, and of their problems, stay as the client sent them.
     *
     * @return false when there was nothing here to take out
     */
    boolean verwijderUit(JsonNode document) {
        if (stappen.isEmpty()) {
            return false;
        }
        JsonNode ouder = document;
        for (Object stap : stappen.subList(0, stappen.size() - 1)) {
            ouder = stap instanceof Integer index ? ouder.get(index) : ouder.get((String) stap);
            if (ouder == null) {
                return false;
            }
        }
        Object laatste = stappen.get(stappen.size() - 1);
        if (ouder instanceof ObjectNode object && laatste instanceof String veld) {
            return object.remove(veld) != null;
        }
        if (ouder instanceof ArrayNode lijst && laatste instanceof Integer index && index < lijst.size()
                && !lijst.get(index).isNull()) {
            lijst.set(index, NullNode.getInstance());
            return true;
        }
        return false;
    }
}
