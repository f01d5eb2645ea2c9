package nl.sekswerkregister.common.invoer;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * Reads a JSON body into its request record and reports every problem at once: unknown fields,
 * values of the wrong type or form, and then the record's Bean Validation (NL API Design Rules,
 * /core/error-handling/all-errors). Jackson stops at the first bad value, which left the person
 * typing a rule set to find the next mistake one 400 at a time.
 *
 * <p>The service's own ObjectMapper reads, so its strictness holds ("18" is no number, a date is
 * JJJJ-MM-DD). A {@link Verzamelaar} notes what Jackson lets a handler get past; for what it does
 * not (a refused coercion, a list where an object belongs), the value is taken out of a copy of
 * the document and reading starts again. Each round removes at least one value, so it ends; a
 * body with more than {@link #MAXIMUM} problems is answered with those found by then.
 */
@ApplicationScoped
public class Invoerlezer {

    /** Beyond this a body is not a form with mistakes but noise, and reading it again costs for nothing. */
    static final int MAXIMUM = 100;

    private final ObjectMapper mapper;
    private final Validator validator;

    public Invoerlezer(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** @throws ProbleemException when the body is missing or not a JSON object: there is nothing to read further */
    public <T> Invoer<T> lees(JsonNode body, Class<T> type) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ProbleemException.ongeldig("body", "verplicht", "De body ontbreekt; verwacht een JSON-object.");
        }
        if (!body.isObject()) {
            throw ProbleemException.ongeldig("body", "type", "Verwacht een JSON-object volgens het contract.");
        }
        JsonNode document = body.deepCopy();
        List<OngeldigeParameter> fouten = new ArrayList<>();
        List<String> onleesbaar = new ArrayList<>();
        T waarde = null;
        while (fouten.size() < MAXIMUM) {
            Verzamelaar ronde = new Verzamelaar();
            try {
                waarde = mapper.readerFor(type).withHandler(ronde).readValue(document);
                ronde.neemOver(fouten, onleesbaar);
                break;
            } catch (JsonMappingException e) {
                ronde.meld(Veldpad.van(e), probleem(e));
                ronde.neemOver(fouten, onleesbaar);
                if (!ronde.verwijderUit(document)) {
                    break; // nowhere to take it out (the body as a whole): report what was found
                }
            } catch (IOException e) {
                throw ProbleemException.ongeldig("body", "type", Veldfouten.ONLEESBAAR);
            }
        }
        Invoer<T> invoer = new Invoer<>(waarde, fouten, onleesbaar);
        if (waarde != null) {
            validator.validate(waarde).forEach(v -> invoer.voegToe(Veldfouten.van(v)));
        }
        return invoer;
    }

    private static OngeldigeParameter probleem(JsonMappingException e) {
        String naam = Veldpad.van(e).naam();
        naam = naam.isEmpty() ? "body" : naam;
        if (e instanceof UnrecognizedPropertyException) {
            return new OngeldigeParameter(naam, "onbekend-veld", Veldfouten.ONBEKEND_VELD);
        }
        if (e instanceof MismatchedInputException m) {
            return new OngeldigeParameter(naam, "type", Veldfouten.typefout(m.getTargetType()));
        }
        return new OngeldigeParameter(naam, "type", Veldfouten.ONLEESBAAR);
    }
}
