package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;
import nl.sekswerkregister.fuzz.Parameter;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/** A mutation of one parameter of the contract; the generator aims one at every parameter. */
public interface ParameterMutatie extends Mutatie {

    @Override
    default int fase() {
        return 3;
    }

    boolean past(Parameter p);

    void pasToe(Verzoek v, Parameter p, Trekker t);

    @Override
    default boolean past(Verzoek v) {
        return v.operatie.parameters().stream().anyMatch(this::past);
    }

    @Override
    default void pasToe(Verzoek v, Trekker t) {
        List<Parameter> passend = v.operatie.parameters().stream().filter(this::past).toList();
        pasToe(v, t.kies(passend), t);
    }
}
