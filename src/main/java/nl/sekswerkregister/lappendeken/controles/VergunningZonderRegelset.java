package nl.sekswerkregister.lappendeken.controles;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.sekswerkregister.lappendeken.domain.Conflict;
import nl.sekswerkregister.lappendeken.domain.Ernst;
import nl.sekswerkregister.lappendeken.domain.Momentopname;
import nl.sekswerkregister.lappendeken.domain.VergunningInWerking;

/** Licences in force in a municipality that has no published rule set on the date asked. */
final class VergunningZonderRegelset extends VergunningControle {

    VergunningZonderRegelset() {
        super("VERGUNNING_ZONDER_REGELSET", Ernst.INFORMATIE,
                "Er zijn vergunningen in werking in een gemeente zonder gepubliceerde regelset op de peildatum.",
                "Zonder vastgelegde regels is niet na te gaan of de vergunningen er passen, en vergelijkt de analyse "
                        + "deze gemeente met niemand.");
    }

    @Override
    void controleer(Momentopname moment, List<VergunningInWerking> vergunningen, Consumer<Conflict> melding) {
        Map<String, List<String>> perGemeente = vergunningen.stream()
                .filter(v -> !moment.regelsets().containsKey(v.gemeenteCode()))
                .collect(Collectors.groupingBy(VergunningInWerking::gemeenteCode, TreeMap::new,
                        Collectors.mapping(VergunningInWerking::vergunningnummer, Collectors.toList())));
        perGemeente.forEach((gemeente, nummers) -> {
            String naam = naam(moment, gemeente);
            melding.accept(melding("regelset").gemeente(gemeente).vergunningen(nummers.stream().sorted().toList())
                    .waarde(gemeente, "geen regelset op " + moment.peildatum())
                    .uitleg(() -> naam + " heeft " + nummers.size() + " vergunning(en) in werking maar geen regelset op "
                                    + moment.peildatum() + ".",
                            () -> naam + " has " + nummers.size() + " licence(s) in force but no rule set on "
                                    + moment.peildatum() + "."));
        });
    }
}
