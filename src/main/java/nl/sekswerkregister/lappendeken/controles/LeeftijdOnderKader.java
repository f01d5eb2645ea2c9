package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;

/** The local minimum age is lower than the framework's. */
final class LeeftijdOnderKader extends GemeenteControle {

    LeeftijdOnderKader() {
        super("LEEFTIJD_ONDER_KADER", Ernst.FOUT, "De lokale minimumleeftijd ligt onder die van het landelijk kader.",
                "Een landelijke leeftijdsgrens is een ondergrens: de Wrs (Kamerstukken 35715) stelt 21 jaar; "
                        + "een gemeente met een lagere grens zou onder de wet vallen.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie regelset, Consumer<Conflict> melding) {
        Integer lokaal = regelset.regels().minimumleeftijd();
        Integer kader = moment.kader().regels().minimumleeftijd();
        if (lokaal != null && kader != null && lokaal < kader) {
            String naam = naam(moment, regelset.gemeenteCode());
            melding.accept(melding("minimumleeftijd", regelset).waarde(regelset.gemeenteCode(), lokaal)
                    .kaderWaarde(moment.kader(), kader)
                    .uitleg(() -> naam + " hanteert minimumleeftijd " + lokaal + ", onder de " + kader + " van kader "
                                    + moment.kader().naam() + ".",
                            () -> naam + " sets minimum age " + lokaal + ", below the " + kader + " of framework "
                                    + moment.kader().naam() + "."));
        }
    }
}
