package nl.sekswerkregister.lappendeken.controles;

import java.util.List;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;

/** A licence in force for a business type that the rules now forbid. */
final class VergunningVerbodenType extends VergunningControle {

    VergunningVerbodenType() {
        super("VERGUNNING_VERBODEN_TYPE", Ernst.FOUT,
                "Een vergunning is in werking voor een bedrijfstype dat de regelset verbiedt.",
                "Verleend vóór een verbod (zoals Arnhem dat de ramen in 2006 sloot): de gemeente moet kiezen tussen "
                        + "uitsterfbeleid en intrekken met schadevergoeding.");
    }

    @Override
    void controleer(Momentopname moment, List<VergunningInWerking> vergunningen, Consumer<Conflict> melding) {
        for (VergunningInWerking v : vergunningen) {
            Regelsetversie regelset = moment.regelsets().get(v.gemeenteCode());
            var regels = regelset == null ? null : regelset.regels().voor(v.bedrijfstype());
            if (regels != null && Boolean.FALSE.equals(regels.toegestaan())) {
                String naam = naam(moment, v.gemeenteCode());
                melding.accept(melding("bedrijfstypen." + v.bedrijfstype() + ".toegestaan", regelset)
                        .vergunningen(List.of(v.vergunningnummer())).id(v.vergunningnummer()).waarde(v.gemeenteCode(), false)
                        .waarde(v.vergunningnummer(), v.bedrijfstype())
                        .uitleg(() -> "Vergunning " + v.vergunningnummer() + " is voor " + v.bedrijfstype() + ", dat " + naam
                                        + " nu verbiedt.",
                                () -> "Licence " + v.vergunningnummer() + " is for " + v.bedrijfstype() + ", which " + naam
                                        + " now forbids."));
            }
        }
    }
}
