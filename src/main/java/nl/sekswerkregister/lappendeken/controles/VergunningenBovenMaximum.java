package nl.sekswerkregister.lappendeken.controles;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;

/** More licences of a type in force than the municipality's cap allows. */
final class VergunningenBovenMaximum extends VergunningControle {

    VergunningenBovenMaximum() {
        super("VERGUNNINGEN_BOVEN_MAXIMUM", Ernst.FOUT,
                "Er zijn meer vergunningen van een bedrijfstype in werking dan het maximum van de regelset.",
                "Een maximum geldt pas voor nieuwe besluiten; eerder verleende vergunningen blijven, maar de gemeente "
                        + "moet weten dat zij boven haar eigen plafond zit (bijvoorbeeld na verlaging, Alkmaar 143 naar 69).");
    }

    @Override
    void controleer(Momentopname moment, List<VergunningInWerking> vergunningen, Consumer<Conflict> melding) {
        Map<String, List<VergunningInWerking>> perGemeenteEnType = vergunningen.stream().collect(Collectors.groupingBy(
                v -> v.gemeenteCode() + "|" + v.bedrijfstype(), TreeMap::new, Collectors.toList()));
        perGemeenteEnType.forEach((sleutel, lijst) -> {
            VergunningInWerking eerste = lijst.get(0);
            Regelsetversie regelset = moment.regelsets().get(eerste.gemeenteCode());
            BedrijfstypeRegels regels = regelset == null ? null : regelset.regels().voor(eerste.bedrijfstype());
            // A banned type's licences are VergunningVerbodenType's finding, one per licence: a ban
            // usually comes with a cap of 0 ("no windows at all"), and reporting those licences here
            // as well would put the same licences before the municipality twice, once as "too many".
            if (regels == null || regels.isVerboden() || regels.maximumAantal() == null
                    || lijst.size() <= regels.maximumAantal()) {
                return;
            }
            String naam = naam(moment, eerste.gemeenteCode());
            melding.accept(melding("bedrijfstypen." + eerste.bedrijfstype() + ".maximumAantal", regelset)
                    .vergunningen(lijst.stream().map(VergunningInWerking::vergunningnummer).sorted().toList())
                    .waarde(eerste.gemeenteCode(), regels.maximumAantal())
                    .waarde("vergunningen", lijst.size())
                    .uitleg(() -> naam + " heeft " + lijst.size() + " vergunningen voor " + eerste.bedrijfstype()
                                    + " in werking, bij een maximum van " + regels.maximumAantal() + ".",
                            () -> naam + " has " + lijst.size() + " licences for " + eerste.bedrijfstype()
                                    + " in force, above its cap of " + regels.maximumAantal() + "."));
        });
    }
}
