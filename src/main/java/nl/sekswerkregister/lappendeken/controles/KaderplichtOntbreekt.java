package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import java.util.function.Function;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;

/** A duty the framework imposes (registration, intake, a licence for a business type) is not in the local rules. */
final class KaderplichtOntbreekt extends GemeenteControle {

    KaderplichtOntbreekt() {
        super("KADERPLICHT_ONTBREEKT", Ernst.WAARSCHUWING,
                "Een plicht uit het landelijk kader (registratie, intake, vergunning per bedrijfstype) ontbreekt lokaal.",
                "Onder de Wrs gelden registratie- en vergunningplicht landelijk; een gemeente zonder die plicht "
                        + "moet haar regels aanpassen als het wetsvoorstel wet wordt.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie regelset, Consumer<Conflict> melding) {
        Regels kader = moment.kader().regels();
        plicht(moment, regelset, "registratieplicht", "registratieplicht", "registration duty", Regels::registratieplicht, melding);
        plicht(moment, regelset, "intakeplicht", "intakeplicht", "intake-interview duty", Regels::intakeplicht, melding);
        if (kader.bedrijfstypen() == null) {
            return;
        }
        for (Bedrijfstype type : Bedrijfstype.values()) {
            BedrijfstypeRegels kaderType = kader.voor(type);
            if (kaderType == null || !Boolean.TRUE.equals(kaderType.vergunningplicht())) {
                continue;
            }
            BedrijfstypeRegels lokaal = regelset.regels().voor(type);
            if (lokaal != null && Boolean.FALSE.equals(lokaal.toegestaan())) {
                continue; // a ban is stricter than a licence duty
            }
            plicht(moment, regelset, "bedrijfstypen." + type + ".vergunningplicht", "vergunningplicht voor " + type,
                    "licence duty for " + type, r -> r.voor(type) == null ? null : r.voor(type).vergunningplicht(), melding);
        }
    }

    private void plicht(Momentopname moment, Regelsetversie regelset, String dimensie, String nl, String en,
                        Function<Regels, Boolean> waarde, Consumer<Conflict> melding) {
        if (!Boolean.TRUE.equals(waarde.apply(moment.kader().regels()))) {
            return;
        }
        Boolean lokaal = waarde.apply(regelset.regels());
        if (!Boolean.TRUE.equals(lokaal)) {
            String naam = naam(moment, regelset.gemeenteCode());
            melding.accept(melding(dimensie, regelset).waarde(regelset.gemeenteCode(), lokaal)
                    .kaderWaarde(moment.kader(), true)
                    .uitleg(() -> "Kader " + moment.kader().naam() + " eist een " + nl + "; " + naam + " heeft die niet.",
                            () -> "Framework " + moment.kader().naam() + " requires a " + en + "; " + naam + " has none."));
        }
    }
}
