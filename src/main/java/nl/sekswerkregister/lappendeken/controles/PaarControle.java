package nl.sekswerkregister.lappendeken.controles;

import java.util.List;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;

/** A check between two municipalities in scope that both have a rule set in force. */
abstract class PaarControle extends BasisControle {

    PaarControle(String code, Ernst ernst, String omschrijving, String reden) {
        super(code, ernst, omschrijving, reden);
    }

    @Override
    public final void controleer(Momentopname moment, List<String> gemeenten, List<Paar> paren,
                                 Consumer<Conflict> melding) {
        for (Paar paar : paren) {
            controleer(moment, paar.a(), paar.b(), melding);
        }
    }

    abstract void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding);

    static String naam(Momentopname moment, Regelsetversie r) {
        var g = moment.gemeenten().get(r.gemeenteCode());
        return g == null ? r.gemeenteCode() : g.naam();
    }
}
