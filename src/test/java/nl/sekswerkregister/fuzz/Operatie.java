package nl.sekswerkregister.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sekswerkregister.support.Contract;

/**
 * An operation of the contract, with everything the generator needs: its parameters (path-level
 * and operation-level, in the contract's order), its request bodies (one per media type) and the
 * roles its description names ({@code **Rollen:**}); {@code openbaar} when it needs no token.
 */
public record Operatie(String methode, String sjabloon, List<String> rollen, boolean openbaar,
                       List<Parameter> parameters, List<Lichaam> lichamen) {

    /** "POST /registraties": the contract's own name for it. */
    public String naam() {
        return methode.toUpperCase(Locale.ROOT) + " " + sjabloon;
    }

    /** The path on the wire: the server URL (/api/v1) before the contract's path. */
    public String padsjabloon() {
        return Contract.basispad() + sjabloon;
    }

    public List<Parameter> op(String plek) {
        return parameters.stream().filter(p -> p.plek().equals(plek)).toList();
    }

    public Optional<Parameter> parameter(String naam) {
        return parameters.stream().filter(p -> p.naam().equalsIgnoreCase(naam)).findFirst();
    }

    public boolean heeftBody() {
        return !lichamen.isEmpty();
    }

    @Override
    public String toString() {
        return naam();
    }
}
