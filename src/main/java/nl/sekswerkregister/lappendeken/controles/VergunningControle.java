package nl.sekswerkregister.lappendeken.controles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;

/** A check of the licences actually held against the rules in force in their municipality. */
abstract class VergunningControle extends BasisControle {

    VergunningControle(String code, Ernst ernst, String omschrijving, String reden) {
        super(code, ernst, omschrijving, reden);
    }

    @Override
    public boolean betreftVergunningen() {
        return true;
    }

    @Override
    public final void controleer(Momentopname moment, List<String> gemeenten, List<Paar> paren,
                                 Consumer<Conflict> melding) {
        Set<String> inReikwijdte = new HashSet<>(gemeenten);
        controleer(moment, moment.vergunningen().stream().filter(v -> inReikwijdte.contains(v.gemeenteCode())).toList(),
                melding);
    }

    abstract void controleer(Momentopname moment, List<VergunningInWerking> vergunningen, Consumer<Conflict> melding);

    static String naam(Momentopname moment, String code) {
        var g = moment.gemeenten().get(code);
        return g == null ? code : g.naam();
    }
}
