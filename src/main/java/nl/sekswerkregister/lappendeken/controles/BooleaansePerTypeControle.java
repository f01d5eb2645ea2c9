package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

/**
 * Two municipalities answer a yes/no rule for the same business type differently. The checks
 * differ only in the rule they read, what "decided not to regulate" amounts to, and how they
 * explain it. Unknown rules are never compared.
 */
abstract class BooleaansePerTypeControle extends PaarControle {

    private final String veld;
    private final boolean zonderRegel;

    /**
     * @param zonderRegel what a municipality that decided not to regulate the rule in effect says:
     *                    no ban means permitted (true), no licence duty means licence-free (false)
     */
    BooleaansePerTypeControle(String code, Ernst ernst, String omschrijving, String reden, String veld,
                              boolean zonderRegel) {
        super(code, ernst, omschrijving, reden);
        this.veld = veld;
        this.zonderRegel = zonderRegel;
    }

    /** Explanation with the side that says yes and the side that says no. */
    abstract String[] uitleg(String ja, String nee, Bedrijfstype type);

    /** Whether the rule is compared for this type at all (a banned type has no licence duty to compare). */
    boolean vergelijkbaar(Regels regels, Bedrijfstype type) {
        return true;
    }

    @Override
    final void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        for (Bedrijfstype type : Bedrijfstype.values()) {
            String pad = Regelpaden.type(type, veld);
            Regelwaarde ra = a.regels().waarde(pad);
            Regelwaarde rb = b.regels().waarde(pad);
            Boolean wa = vergelijkbaar(a.regels(), type) ? effectief(ra) : null;
            Boolean wb = vergelijkbaar(b.regels(), type) ? effectief(rb) : null;
            if (wa != null && wb != null && !wa.equals(wb)) {
                Regelsetversie ja = wa ? a : b;
                Regelsetversie nee = wa ? b : a;
                melding.accept(melding(pad, a, b).waarde(a.gemeenteCode(), ra).waarde(b.gemeenteCode(), rb)
                        .uitleg(() -> uitleg(naam(moment, ja), naam(moment, nee), type)[0],
                                () -> uitleg(naam(moment, ja), naam(moment, nee), type)[1]));
            }
        }
    }

    private Boolean effectief(Regelwaarde waarde) {
        return switch (waarde.stand()) {
            case GEZET -> (Boolean) waarde.waarde();
            case NIET_GEREGELD -> zonderRegel;
            case ONBEKEND -> null;
        };
    }
}
