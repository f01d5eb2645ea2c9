package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

/**
 * Two municipalities in scope set different minimum ages, or one sets an age and the other decided
 * to have none of its own. An unknown age is not compared.
 */
final class LeeftijdVerschilt extends PaarControle {

    LeeftijdVerschilt() {
        super("LEEFTIJD_VERSCHILT", Ernst.WAARSCHUWING, "Twee gemeenten hanteren een verschillende minimumleeftijd.",
                "Wie in de ene gemeente te jong is, kan in de andere aan de slag: het lappendeken dat de VNG in "
                        + "januari 2023 aan de Kamer meldde.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        Regelwaarde la = a.regels().waarde("minimumleeftijd");
        Regelwaarde lb = b.regels().waarde("minimumleeftijd");
        if (la.isBekend() && lb.isBekend() && !la.equals(lb)) {
            melding.accept(melding("minimumleeftijd", a, b).waarde(a.gemeenteCode(), la).waarde(b.gemeenteCode(), lb)
                    .uitleg(() -> naam(moment, a) + " hanteert " + nl(la) + ", " + naam(moment, b) + " "
                                    + (la.isGezet() && lb.isGezet() ? lb.waarde() : nl(lb)) + ".",
                            () -> naam(moment, a) + " sets " + en(la) + ", " + naam(moment, b) + " "
                                    + (la.isGezet() && lb.isGezet() ? lb.waarde() : en(lb)) + "."));
        }
    }

    private static String nl(Regelwaarde leeftijd) {
        return leeftijd.isGezet() ? "minimumleeftijd " + leeftijd.waarde() : "geen eigen minimumleeftijd";
    }

    private static String en(Regelwaarde leeftijd) {
        return leeftijd.isGezet() ? "minimum age " + leeftijd.waarde() : "no minimum age of its own";
    }
}
