package nl.sekswerkregister.lappendeken.controles;

import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Regels;

/** For the same business type, one municipality requires a licence and the other does not. */
final class VergunningplichtVerschilt extends BooleaansePerTypeControle {

    VergunningplichtVerschilt() {
        super("VERGUNNINGPLICHT_VERSCHILT", Ernst.INFORMATIE,
                "Voor hetzelfde bedrijfstype eist de ene gemeente een vergunning en de andere niet.",
                "Wat hier vergunningvrij is, is daar illegaal: voor exploitanten en sekswerkers onduidelijk, en "
                        + "(bij thuiswerk) de kern van de Wrs-discussie over een landelijke vergunning.",
                // Without a rule on it, a type needs no licence.
                "vergunningplicht", false);
    }

    /** A ban is no "licence-free": only types that are not banned are compared. */
    @Override
    boolean vergelijkbaar(Regels regels, Bedrijfstype type) {
        return regels.voor(type) == null || !regels.voor(type).isVerboden();
    }

    @Override
    String[] uitleg(String eist, String vrij, Bedrijfstype type) {
        return new String[] {eist + " eist een vergunning voor " + type + ", " + vrij + " niet.",
                eist + " requires a licence for " + type + ", " + vrij + " does not."};
    }
}
