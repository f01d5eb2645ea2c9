package nl.sekswerkregister.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * JSON Merge Patch (RFC 7396) onto the editable view of a resource. The merged document is read
 * back into that view's record and validated like a creation, so a PATCH can never produce a
 * state a POST could not, and fields that are not editable are rejected as unknown.
 */
@ApplicationScoped
public class MergePatch {

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** @throws JsonProcessingException with the offending field's path; mapped to 400 like a body error */
    public <T> T pasToe(T huidig, JsonNode patch, Class<T> type) throws JsonProcessingException {
        T resultaat = mapper.treeToValue(samengevoegd(huidig, patch), type);
        Set<ConstraintViolation<T>> schendingen = validator.validate(resultaat);
        if (!schendingen.isEmpty()) {
            throw new ConstraintViolationException(schendingen);
        }
        return resultaat;
    }

    /**
     * The editable view with the patch applied, still as JSON: for a caller that reads it with
     * {@code Invoerlezer}, so that every bad value of the merged document is reported at once.
     */
    public JsonNode samengevoegd(Object huidig, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProbleemException.ongeldig("body", "type", "Verwacht een JSON-object (JSON Merge Patch, RFC 7396).");
        }
        return voegSamen(mapper.valueToTree(huidig), patch);
    }

    static JsonNode voegSamen(JsonNode doel, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode resultaat = doel != null && doel.isObject()
                ? ((ObjectNode) doel).deepCopy() : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> velden = patch.fields();
        while (velden.hasNext()) {
            Map.Entry<String, JsonNode> veld = velden.next();
            if (veld.getValue().isNull()) {
                resultaat.remove(veld.getKey());
            } else {
                resultaat.set(veld.getKey(), voegSamen(resultaat.get(veld.getKey()), veld.getValue()));
            }
        }
        return resultaat;
    }
}
