package nl.sekswerkregister.common.invoer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * A body as far as {@link Invoerlezer} could read it, with every problem found so far. Add the
 * checks a record's annotations cannot express with {@link #controleer}, then take the value with
 * {@link #geldig()}, which answers one 400 naming all of them.
 *
 * @param <T> the request record
 */
public final class Invoer<T> {

    private final T waarde;
    private final List<OngeldigeParameter> fouten;
    private final List<String> onleesbaar;

    Invoer(T waarde, List<OngeldigeParameter> fouten, List<String> onleesbaar) {
        this.waarde = waarde;
        this.fouten = new ArrayList<>(fouten);
        this.onleesbaar = List.copyOf(onleesbaar);
    }

    /**
     * Runs a check of the domain (rules that depend on each other or on stored data) on what could
     * be read, so its problems come in the same answer as the form's. The value may be incomplete:
     * a field that could not be read is null, so the check must take nulls as "reported already".
     * Skipped when not even the outline of the body could be read.
     */
    public Invoer<T> controleer(BiConsumer<T, Invoerfouten> controle) {
        if (waarde != null) {
            Invoerfouten gevonden = new Invoerfouten(onleesbaar);
            controle.accept(waarde, gevonden);
            gevonden.alle().forEach(this::voegToe);
        }
        return this;
    }

    /** The body as the record, or one 400 naming every problem, ordered by field. */
    public T geldig() {
        if (!fouten.isEmpty()) {
            throw ProbleemException.ongeldig(Veldfouten.geordend(fouten.stream()
                    .map(f -> new OngeldigeParameter(Veldfouten.noembaar(f.name()), f.code(), f.reason())).toList()));
        }
        return waarde;
    }

    /**
     * A problem of a value that could not be read, or of a field inside it, is left out: it follows
     * from the value being taken out (a required date that was "31-12-2026" is not also missing)
     * and would only send the person typing the rules after something that is not wrong.
     */
    void voegToe(OngeldigeParameter fout) {
        if (onleesbaar.stream().noneMatch(naam -> Veldfouten.valtOnder(fout.name(), naam))) {
            fouten.add(fout);
        }
    }
}
