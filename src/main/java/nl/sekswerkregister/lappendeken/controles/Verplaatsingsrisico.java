package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;

/** Same minimum age, but only one side holds an intake interview. */
final class Verplaatsingsrisico extends PaarControle {

    Verplaatsingsrisico() {
        super("VERPLAATSINGSRISICO", Ernst.WAARSCHUWING,
                "Gelijke minimumleeftijd, maar slechts één van beide gemeenten eist een intakegesprek.",
                "Het patroon tussen Groningen (21 + intake) en Leeuwarden (21, geen intake): wie de intake wil "
                        + "ontlopen, wijkt uit naar de buur (NOS 2020, 'afvoerputje').");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        Integer la = a.regels().minimumleeftijd();
        Integer lb = b.regels().minimumleeftijd();
        Boolean ia = a.regels().intakeplicht();
        Boolean ib = b.regels().intakeplicht();
        if (la == null || !la.equals(lb) || ia == null || ib == null || ia.equals(ib)) {
            return;
        }
        Regelsetversie zonder = ia ? b : a;
        Regelsetversie met = ia ? a : b;
        melding.accept(melding("intakeplicht", a, b).waarde(a.gemeenteCode(), ia).waarde(b.gemeenteCode(), ib)
                .uitleg(() -> "Beide hanteren " + la + " jaar, maar " + naam(moment, zonder) + " heeft geen intake en "
                                + naam(moment, met) + " wel: risico op verplaatsing.",
                        () -> "Both set age " + la + ", but " + naam(moment, zonder) + " has no intake while "
                                + naam(moment, met) + " does: a displacement risk."));
    }
}
