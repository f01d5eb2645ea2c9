package nl.sekswerkregister.common.invoer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * Collects every invalid field of one request before failing, so the client hears about all of
 * them in one 400 instead of one per attempt. Services and domain checks use this; the REST layer's
 * {@link Parameters} adds the parsing of path and query parameters on top.
 */
public class Invoerfouten {

    private final List<OngeldigeParameter> fouten = new ArrayList<>();
    private final Set<String> onleesbaar;

    public Invoerfouten() {
        this(Set.of());
    }

    /** @param onleesbaar fields whose value could not be read and is reported already (see {@link Invoer}) */
    Invoerfouten(Collection<String> onleesbaar) {
        this.onleesbaar = Set.copyOf(onleesbaar);
    }

    /**
     * The value of this field could not be read, so it is missing from what a check sees and already
     * reported: a check about something that refers to it (a source for a rule, a transitional
     * provision) should not add a second, misleading problem.
     */
    public boolean isOnleesbaar(String veld) {
        return onleesbaar.stream().anyMatch(naam -> Veldfouten.valtOnder(veld, naam));
    }

    public void fout(String naam, String code, String reden) {
        fouten.add(new OngeldigeParameter(naam, code, reden));
    }

    /** The problems collected so far, in the order they were found. */
    public List<OngeldigeParameter> alle() {
        return List.copyOf(fouten);
    }

    public boolean zijnEr() {
        return !fouten.isEmpty();
    }

    /** Throws one 400 naming every invalid field seen so far. */
    public void valideer() {
        if (!fouten.isEmpty()) {
            throw ProbleemException.ongeldig(fouten);
        }
    }
}
