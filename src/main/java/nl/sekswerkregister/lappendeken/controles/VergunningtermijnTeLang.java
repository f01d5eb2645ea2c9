package nl.sekswerkregister.lappendeken.controles;

import java.util.List;
import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;
import nl.sekswerkregister.regelset.domain.Regelpaden;

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
            Integer termijn = regelset == null ? null : termijn(regelset, v);
            String typePad = Regelpaden.type(v.bedrijfstype(), "vergunningtermijnJaren");
            String pad = regelset != null && regelset.regels().waarde(typePad).isGezet() ? typePad : "vergunningtermijnJaren";
            if (termijn == null || v.geldigVanaf() == null) {
                continue;
            }
            var uiterlijk = v.geldigVanaf().plusYears(termijn).minusDays(1);
            if (v.geldigTot() == null || v.geldigTot().isAfter(uiterlijk)) {
                String tot = v.geldigTot() == null ? "onbepaalde tijd" : v.geldigTot().toString();
                melding.accept(melding(pad, regelset).vergunningen(List.of(v.vergunningnummer())).id(v.vergunningnummer())
                        .waarde(v.gemeenteCode(), termijn).waarde(v.vergunningnummer(), tot)
                        .uitleg(() -> "Vergunning " + v.vergunningnummer() + " geldt tot " + tot + ", langer dan de "
                                        + termijn + " jaar die " + naam(moment, v.gemeenteCode()) + " toestaat.",
                                () -> "Licence " + v.vergunningnummer() + " runs until " + tot + ", longer than the "
                                        + termijn + (termijn == 1 ? " year " : " years ") + naam(moment, v.gemeenteCode())
                                        + " allows."));
            }
        }
    }

    /** The term set for the licence's type, else the general one; null where none is set (unknown or none). */
    private static Integer termijn(Regelsetversie regelset, VergunningInWerking v) {
        Object eigen = regelset.regels().waarde(Regelpaden.type(v.bedrijfstype(), "vergunningtermijnJaren")).waarde();
        return eigen instanceof Integer jaren ? jaren : regelset.regels().vergunningtermijnJaren();
    }
}
