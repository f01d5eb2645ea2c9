package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

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
        Boolean ia = intake(a);
        Boolean ib = intake(b);
        if (la == null || !la.equals(lb) || ia == null || ib == null || ia.equals(ib)) {
            return;
        }
        Regelsetversie zonder = ia ? b : a;
        Regelsetversie met = ia ? a : b;
        melding.accept(melding("intakeplicht", a, b).waarde(a.gemeenteCode(), a.regels().waarde("intakeplicht"))
                .waarde(b.gemeenteCode(), b.regels().waarde("intakeplicht"))
                .uitleg(() -> "Beide hanteren " + la + " jaar, maar " + naam(moment, zonder) + " heeft geen intake en "
                                + naam(moment, met) + " wel: risico op verplaatsing.",
                        () -> "Both set age " + la + ", but " + naam(moment, zonder) + " has no intake while "
                                + naam(moment, met) + " does: a displacement risk."));
    }

    /** Whether an intake is required, where known: a municipality that decided not to regulate it has none. */
    private static Boolean intake(Regelsetversie regelset) {
        Regelwaarde intake = regelset.regels().waarde("intakeplicht");
        return intake.isGezet() ? (Boolean) intake.waarde() : intake.isBekend() ? Boolean.FALSE : null;
    }
}
