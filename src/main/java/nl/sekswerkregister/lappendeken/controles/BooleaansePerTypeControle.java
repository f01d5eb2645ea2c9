package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import java.util.function.Function;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/**
 * Two municipalities answer a yes/no rule for the same business type differently. The checks
 * differ only in the rule they read and how they explain it.
 */
abstract class BooleaansePerTypeControle extends PaarControle {

    private final String veld;
    private final Function<BedrijfstypeRegels, Boolean> waarde;

    BooleaansePerTypeControle(String code, Ernst ernst, String omschrijving, String reden, String veld,
                              Function<BedrijfstypeRegels, Boolean> waarde) {
        super(code, ernst, omschrijving, reden);
        this.veld = veld;
        this.waarde = waarde;
    }

    /** Explanation with the side that says yes and the side that says no. */
    abstract String[] uitleg(String ja, String nee, Bedrijfstype type);

    @Override
    final void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        for (Bedrijfstype type : Bedrijfstype.values()) {
            Boolean wa = lees(a.regels().voor(type));
            Boolean wb = lees(b.regels().voor(type));
            if (wa != null && wb != null && !wa.equals(wb)) {
                Regelsetversie ja = wa ? a : b;
                Regelsetversie nee = wa ? b : a;
                melding.accept(melding("bedrijfstypen." + type + "." + veld, a, b)
                        .waarde(a.gemeenteCode(), wa).waarde(b.gemeenteCode(), wb)
                        .uitleg(() -> uitleg(naam(moment, ja), naam(moment, nee), type)[0],
                                () -> uitleg(naam(moment, ja), naam(moment, nee), type)[1]));
            }
        }
    }

    Boolean lees(BedrijfstypeRegels regels) {
        return regels == null ? null : waarde.apply(regels);
    }
}
