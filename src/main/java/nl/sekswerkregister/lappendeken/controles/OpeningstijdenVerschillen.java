package nl.sekswerkregister.lappendeken.controles;

import java.util.Locale;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/** For the same business type, the hours open on some day differ by more than the threshold. */
final class OpeningstijdenVerschillen extends PaarControle {

    OpeningstijdenVerschillen() {
        super("OPENINGSTIJDEN_VERSCHILLEN", Ernst.INFORMATIE,
                "Voor hetzelfde bedrijfstype verschilt het aantal openingsuren op een dag meer dan de drempel.",
                "Ruimere uren aan de ene kant van de gemeentegrens trekken klanten en bedrijven aan (Amsterdam "
                        + "sluit de ramen om 03:00, Leeuwarden staat 16 uur per dag toe).");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        for (Bedrijfstype type : Bedrijfstype.values()) {
            double[] ua = a.urenPerDag().get(type);
            double[] ub = b.urenPerDag().get(type);
            if (ua == null || ub == null) {
                continue;
            }
            Openingstijd.Dag grootsteDag = null;
            double grootste = 0;
            for (Openingstijd.Dag dag : Openingstijd.Dag.values()) {
                double verschil = Math.abs(ua[dag.ordinal()] - ub[dag.ordinal()]);
                if (verschil > grootste) {
                    grootste = verschil;
                    grootsteDag = dag;
                }
            }
            if (grootsteDag != null && grootste > moment.openingstijdenDrempelUren()) {
                Openingstijd.Dag dag = grootsteDag;
                double verschil = grootste;
                melding.accept(melding("bedrijfstypen." + type + ".openingstijden", a, b)
                        .waarde(a.gemeenteCode(), ua[dag.ordinal()] + " uur op " + dag)
                        .waarde(b.gemeenteCode(), ub[dag.ordinal()] + " uur op " + dag)
                        .uitleg(() -> "Openingsuren voor " + type + " verschillen op " + dag.nederlands()
                                        + " " + uren(verschil) + " uur tussen " + naam(moment, a) + " en " + naam(moment, b) + ".",
                                () -> "Opening hours for " + type + " differ by " + uren(verschil) + " hours on "
                                        + dag.engels() + " between " + naam(moment, a) + " and "
                                        + naam(moment, b) + "."));
            }
        }
    }

    private static String uren(double uren) {
        return String.format(Locale.ROOT, "%.1f", uren);
    }
}
