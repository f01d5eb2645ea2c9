package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.RegelsetInfo;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.vergunning.domain.Bedrijfstype;

/** For the same business type, one municipality requires a licence and the other does not. */
final class VergunningplichtVerschilt extends PaarControle {

    VergunningplichtVerschilt() {
        super("VERGUNNINGPLICHT_VERSCHILT", Ernst.INFORMATIE,
                "Voor hetzelfde bedrijfstype eist de ene gemeente een vergunning en de andere niet.",
                "Wat hier vergunningvrij is, is daar illegaal: voor exploitanten en sekswerkers onduidelijk, en "
                        + "(bij thuiswerk) de kern van de Wrs-discussie over een landelijke vergunning.");
    }

    @Override
    void controleer(Momentopname moment, RegelsetInfo a, RegelsetInfo b, Consumer<Conflict> melding) {
        for (Bedrijfstype type : Bedrijfstype.values()) {
            Boolean va = vergunningplicht(a.regels().voor(type));
            Boolean vb = vergunningplicht(b.regels().voor(type));
            if (va != null && vb != null && !va.equals(vb)) {
                RegelsetInfo eist = va ? a : b;
                RegelsetInfo vrij = va ? b : a;
                melding.accept(melding("bedrijfstypen." + type + ".vergunningplicht", a, b)
                        .waarde(a.gemeenteCode(), va).waarde(b.gemeenteCode(), vb)
                        .uitleg(naam(moment, eist) + " eist een vergunning voor " + type + ", " + naam(moment, vrij)
                                        + " niet.",
                                naam(moment, eist) + " requires a licence for " + type + ", " + naam(moment, vrij)
                                        + " does not."));
            }
        }
    }

    private static Boolean vergunningplicht(BedrijfstypeRegels regels) {
        return regels == null || Boolean.FALSE.equals(regels.toegestaan()) ? null : regels.vergunningplicht();
    }
}
