package nl.sekswerkregister.lappendeken.controles;

import java.util.List;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;

/** A check on one municipality's rule set at a time (against the framework, or a legal risk). */
abstract class GemeenteControle extends BasisControle {

    GemeenteControle(String code, Ernst ernst, String omschrijving, String reden) {
        super(code, ernst, omschrijving, reden);
    }

    @Override
    public final void controleer(Momentopname moment, List<String> gemeenten, List<Paar> paren,
                                 Consumer<Conflict> melding) {
        for (String gemeente : gemeenten) {
            Regelsetversie regelset = moment.regelsets().get(gemeente);
            if (regelset != null) {
                controleer(moment, regelset, melding);
            }
        }
    }

    abstract void controleer(Momentopname moment, Regelsetversie regelset, Consumer<Conflict> melding);

    static String naam(Momentopname moment, String code) {
        var g = moment.gemeenten().get(code);
        return g == null ? code : g.naam();
    }
}
