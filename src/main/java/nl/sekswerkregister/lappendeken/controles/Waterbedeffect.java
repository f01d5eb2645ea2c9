package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.RegelsetInfo;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.vergunning.domain.Bedrijfstype;

/** One municipality bans a business type that the other permits. */
final class Waterbedeffect extends PaarControle {

    Waterbedeffect() {
        super("WATERBEDEFFECT", Ernst.WAARSCHUWING,
                "De ene gemeente verbiedt een bedrijfstype dat de andere toestaat.",
                "Een verbod verplaatst de branche naar waar het wel mag (het waterbedeffect), met meer toezichtlast "
                        + "daar en minder zicht op misstanden.");
    }

    @Override
    void controleer(Momentopname moment, RegelsetInfo a, RegelsetInfo b, Consumer<Conflict> melding) {
        for (Bedrijfstype type : Bedrijfstype.values()) {
            Boolean ta = toegestaan(a.regels().voor(type));
            Boolean tb = toegestaan(b.regels().voor(type));
            if (ta != null && tb != null && !ta.equals(tb)) {
                RegelsetInfo verbiedt = ta ? b : a;
                RegelsetInfo staatToe = ta ? a : b;
                melding.accept(melding("bedrijfstypen." + type + ".toegestaan", a, b)
                        .waarde(a.gemeenteCode(), ta).waarde(b.gemeenteCode(), tb)
                        .uitleg(naam(moment, verbiedt) + " verbiedt " + type + ", terwijl " + naam(moment, staatToe)
                                        + " het toestaat.",
                                naam(moment, verbiedt) + " bans " + type + ", while " + naam(moment, staatToe)
                                        + " permits it."));
            }
        }
    }

    private static Boolean toegestaan(BedrijfstypeRegels regels) {
        return regels == null ? null : regels.toegestaan();
    }
}
