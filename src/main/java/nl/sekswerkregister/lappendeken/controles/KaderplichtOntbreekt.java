package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;

/**
 * A duty the framework imposes (registration, intake, a licence for a business type) that the
 * municipality is known not to have: it says false, or it decided not to regulate it. A duty
 * whose local state is unknown is no finding: "nobody encoded it" is not "it decided not to".
 */
final class KaderplichtOntbreekt extends GemeenteControle {

    KaderplichtOntbreekt() {
        super("KADERPLICHT_ONTBREEKT", Ernst.WAARSCHUWING,
                "Een plicht uit het landelijk kader (registratie, intake, vergunning per bedrijfstype) heeft de gemeente "
                        + "uitdrukkelijk niet.",
                "Waar het kader een plicht stelt en de gemeente die uitdrukkelijk niet kent (false, of bewust niet "
                        + "geregeld), verschillen de regels voor wie er werkt; onder een landelijke wet zou de landelijke "
                        + "plicht de lokale keuze vervangen. Een lokale regel die onbekend is, telt niet mee.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie regelset, Consumer<Conflict> melding) {
        plicht(moment, regelset, "registratieplicht", "registratieplicht", "a registration duty", melding);
        plicht(moment, regelset, "intakeplicht", "intakeplicht", "an intake-interview duty", melding);
        Regels kader = moment.kader().regels();
        for (Bedrijfstype type : Bedrijfstype.values()) {
            BedrijfstypeRegels kaderType = kader.voor(type);
            if (kaderType == null || !Boolean.TRUE.equals(kaderType.vergunningplicht())) {
                continue;
            }
            BedrijfstypeRegels lokaal = regelset.regels().voor(type);
            if (lokaal != null && lokaal.isVerboden()) {
                continue; // a ban is stricter than a licence duty
            }
            plicht(moment, regelset, Regelpaden.type(type, "vergunningplicht"), "vergunningplicht voor " + type,
                    "a licence duty for " + type, melding);
        }
    }

    private void plicht(Momentopname moment, Regelsetversie regelset, String pad, String nl, String en,
                        Consumer<Conflict> melding) {
        if (!moment.kader().regels().waarde(pad).isWaar()) {
            return;
        }
        Regelwaarde lokaal = regelset.regels().waarde(pad);
        if (!lokaal.isBekendNee()) {
            return;
        }
        String naam = naam(moment, regelset.gemeenteCode());
        String kaderNaam = moment.kader().naam();
        boolean besloten = !lokaal.isGezet();
        melding.accept(melding(pad, regelset).waarde(regelset.gemeenteCode(), lokaal).kaderWaarde(moment.kader(), true)
                .uitleg(() -> "Kader " + kaderNaam + " eist een " + nl + "; " + naam
                                + (besloten ? " heeft besloten die niet te regelen." : " heeft die uitdrukkelijk niet."),
                        () -> "Framework " + kaderNaam + " requires " + en + "; " + naam
                                + (besloten ? " decided not to regulate it." : " explicitly has none.")));
    }
}
