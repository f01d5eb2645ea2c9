package nl.sekswerkregister.lappendeken.controles;

import java.util.function.Consumer;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.Regelsetversie;

/** Both municipalities require registration, but one does not recognise the other's. */
final class RegistratieNietErkend extends PaarControle {

    RegistratieNietErkend() {
        super("REGISTRATIE_NIET_ERKEND", Ernst.WAARSCHUWING,
                "Beide gemeenten eisen registratie, maar de ene erkent de registratie van de andere niet.",
                "Een sekswerker die in twee gemeenten werkt, moet zich dan twee keer registreren: meer gegevens "
                        + "over een kwetsbare groep op meer plaatsen, en een prikkel om ongeregistreerd te werken.");
    }

    @Override
    void controleer(Momentopname moment, Regelsetversie a, Regelsetversie b, Consumer<Conflict> melding) {
        if (!Boolean.TRUE.equals(a.regels().registratieplicht()) || !Boolean.TRUE.equals(b.regels().registratieplicht())) {
            return;
        }
        richting(moment, a, b, melding);
        richting(moment, b, a, melding);
    }

    private void richting(Momentopname moment, Regelsetversie erkent, Regelsetversie andere, Consumer<Conflict> melding) {
        var erkenning = erkent.regels().erkenning();
        if (erkenning == null || erkenning.erkent(erkent.gemeenteCode(), andere.gemeenteCode())) {
            return;
        }
        melding.accept(melding("erkenning", erkent, andere).id(erkent.gemeenteCode() + "-erkent-niet-" + andere.gemeenteCode())
                .waarde(erkent.gemeenteCode(), erkenning.soort()).waarde(andere.gemeenteCode(), "registratieplicht")
                .uitleg(() -> naam(moment, erkent) + " erkent registraties uit " + naam(moment, andere) + " niet.",
                        () -> naam(moment, erkent) + " does not recognise registrations from " + naam(moment, andere) + "."));
    }
}
