package nl.sekswerkregister.common.invoer;

import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * Collects every invalid field of one request before failing, so the client hears about all of
 * them in one 400 instead of one per attempt. Services and domain checks use this; the REST layer's
 * {@link Parameters} adds the parsing of path and query parameters on top.
 */
public class Invoerfouten {

    private final List<OngeldigeParameter> fouten = new ArrayList<>();

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
