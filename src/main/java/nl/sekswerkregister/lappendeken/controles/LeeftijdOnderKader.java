package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;

/**
 * The local minimum age is lower than the framework's: the general one, or one a business type
 * sets for itself. A municipality that decided to have no age of its own is below a framework
 * above the criminal-law floor of 18; one whose age is unknown is not judged.
 */
final class LeeftijdOnderKader extends GemeenteControle {

    /** Sr art. 273f: what applies where a municipality sets no age of its own. */
    static final int STRAFRECHTELIJKE_ONDERGRENS = 18;

    LeeftijdOnderKader() {
        super("LEEFTIJD_ONDER_KADER", Ernst.FOUT, "De lokale minimumleeftijd ligt onder die van het landelijk kader.",
                "Een landelijke leeftijdsgrens is een ondergrens: de Wrs (Kamerstukken 35715) stelt 21 jaar; "
                        + "een gemeente met een lagere grens, of zonder eigen grens (dan geldt 18, Sr art. 273f), zou "
                        + "onder de wet vallen.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie regelset, Consumer<Conflict> melding) {
        Object kaderWaarde = moment.kader().regels().waarde("minimumleeftijd").waarde();
        if (!(kaderWaarde instanceof Integer kader)) {
            return;
        }
        vergelijk(moment, regelset, "minimumleeftijd", "", "", kader, melding);
        for (Bedrijfstype type : Bedrijfstype.values()) {
            if (regelset.regels().voor(type) != null && !regelset.regels().voor(type).isVerboden()) {
                vergelijk(moment, regelset, Regelpaden.type(type, "minimumleeftijd"), " voor " + type, " for " + type,
                        kader, melding);
            }
        }
    }

    private void vergelijk(Momentopname moment, Regelsetversie regelset, String pad, String nl, String en, int kader,
                           Consumer<Conflict> melding) {
        Regelwaarde lokaal = regelset.regels().waarde(pad);
        boolean typeZonderEigen = !pad.equals("minimumleeftijd") && lokaal.stand() != Stand.GEZET;
        if (!lokaal.isBekend() || typeZonderEigen) {
            return; // unknown, or a type that follows the general age (judged above)
        }
        int geldend = lokaal.isGezet() ? (Integer) lokaal.waarde() : STRAFRECHTELIJKE_ONDERGRENS;
        if (geldend >= kader) {
            return;
        }
        String naam = naam(moment, regelset.gemeenteCode());
        String kaderNaam = moment.kader().naam();
        melding.accept(melding(pad, regelset).waarde(regelset.gemeenteCode(), lokaal).kaderWaarde(moment.kader(), kader)
                .uitleg(() -> lokaal.isGezet()
                                ? naam + " hanteert minimumleeftijd " + geldend + nl + ", onder de " + kader + " van kader "
                                        + kaderNaam + "."
                                : naam + " heeft geen eigen minimumleeftijd, dus geldt " + geldend + " (Sr art. 273f), onder de "
                                        + kader + " van kader " + kaderNaam + ".",
                        () -> lokaal.isGezet()
                                ? naam + " sets minimum age " + geldend + en + ", below the " + kader + " of framework "
                                        + kaderNaam + "."
                                : naam + " has no minimum age of its own, so " + geldend + " applies (Criminal Code art. "
                                        + "273f), below the " + kader + " of framework " + kaderNaam + "."));
    }
}
