package nl.sekswerkregister.lappendeken.controles;

import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/** For the same business type, one municipality requires a licence and the other does not. */
final class VergunningplichtVerschilt extends BooleaansePerTypeControle {

    VergunningplichtVerschilt() {
        super("VERGUNNINGPLICHT_VERSCHILT", Ernst.INFORMATIE,
                "Voor hetzelfde bedrijfstype eist de ene gemeente een vergunning en de andere niet.",
                "Wat hier vergunningvrij is, is daar illegaal: voor exploitanten en sekswerkers onduidelijk, en "
                        + "(bij thuiswerk) de kern van de Wrs-discussie over een landelijke vergunning.",
                // A ban is no "licence-free": only permitted types are compared.
                "vergunningplicht", r -> Boolean.FALSE.equals(r.toegestaan()) ? null : r.vergunningplicht());
    }

    @Override
    String[] uitleg(String eist, String vrij, Bedrijfstype type) {
        return new String[] {eist + " eist een vergunning voor " + type + ", " + vrij + " niet.",
                eist + " requires a licence for " + type + ", " + vrij + " does not."};
    }
}
