package nl.sekswerkregister.lappendeken.controles;

import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/** One municipality bans a business type that the other permits. */
final class Waterbedeffect extends BooleaansePerTypeControle {

    Waterbedeffect() {
        super("WATERBEDEFFECT", Ernst.WAARSCHUWING,
                "De ene gemeente verbiedt een bedrijfstype dat de andere toestaat.",
                "Een verbod verplaatst de branche naar waar het wel mag (het waterbedeffect), met meer toezichtlast "
                        + "daar en minder zicht op misstanden.",
                // Without a rule on it, a type is not banned.
                "toegestaan", true);
    }

    @Override
    String[] uitleg(String staatToe, String verbiedt, Bedrijfstype type) {
        return new String[] {verbiedt + " verbiedt " + type + ", terwijl " + staatToe + " het toestaat.",
                verbiedt + " bans " + type + ", while " + staatToe + " permits it."};
    }
}
