package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;

/** Two municipalities in scope set different minimum ages. */
final class LeeftijdVerschilt extends PaarControle {

    LeeftijdVerschilt() {
        super("LEEFTIJD_VERSCHILT", Ernst.WAARSCHUWING, "Twee gemeenten hanteren een verschillende minimumleeftijd.",
                "Wie in de ene gemeente te jong is, kan in de andere aan de slag: het lappendeken dat de VNG in "
                        + "januari 2023 aan de Kamer meldde.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        Integer la = a.regels().minimumleeftijd();
        Integer lb = b.regels().minimumleeftijd();
        if (la != null && lb != null && !la.equals(lb)) {
            melding.accept(melding("minimumleeftijd", a, b).waarde(a.gemeenteCode(), la).waarde(b.gemeenteCode(), lb)
                    .uitleg(() -> naam(moment, a) + " hanteert minimumleeftijd " + la + ", " + naam(moment, b) + " " + lb + ".",
                            () -> naam(moment, a) + " sets minimum age " + la + ", " + naam(moment, b) + " " + lb + "."));
        }
    }
}
