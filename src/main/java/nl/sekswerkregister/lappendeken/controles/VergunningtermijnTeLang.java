package nl.sekswerkregister.lappendeken.controles;

import java.util.List;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;

/** A licence runs longer (or indefinitely) than the term the rules now allow. */
final class VergunningtermijnTeLang extends VergunningControle {

    VergunningtermijnTeLang() {
        super("VERGUNNINGTERMIJN_TE_LANG", Ernst.WAARSCHUWING,
                "Een vergunning loopt langer (of onbepaald) dan de termijn die de regelset toestaat.",
                "Schaarse vergunningen moeten onder de Dienstenrichtlijn een passende, beperkte duur hebben "
                        + "(Eindhoven: loting en een overbruggingsvergunning van 3 jaar).");
    }

    @Override
    void controleer(Momentopname moment, List<VergunningInWerking> vergunningen, Consumer<Conflict> melding) {
        for (VergunningInWerking v : vergunningen) {
            Regelsetversie regelset = moment.regelsets().get(v.gemeenteCode());
            Integer termijn = regelset == null ? null : regelset.regels().vergunningtermijnJaren();
            if (termijn == null || v.geldigVanaf() == null) {
                continue;
            }
            var uiterlijk = v.geldigVanaf().plusYears(termijn).minusDays(1);
            if (v.geldigTot() == null || v.geldigTot().isAfter(uiterlijk)) {
                String tot = v.geldigTot() == null ? "onbepaalde tijd" : v.geldigTot().toString();
                melding.accept(melding("vergunningtermijnJaren", regelset).vergunningen(List.of(v.vergunningnummer())).id(v.vergunningnummer())
                        .waarde(v.gemeenteCode(), termijn).waarde(v.vergunningnummer(), tot)
                        .uitleg(() -> "Vergunning " + v.vergunningnummer() + " geldt tot " + tot + ", langer dan de "
                                        + termijn + " jaar die " + naam(moment, v.gemeenteCode()) + " toestaat.",
                                () -> "Licence " + v.vergunningnummer() + " runs until " + tot + ", longer than the "
                                        + termijn + (termijn == 1 ? " year " : " years ") + naam(moment, v.gemeenteCode())
                                        + " allows."));
            }
        }
    }
}
