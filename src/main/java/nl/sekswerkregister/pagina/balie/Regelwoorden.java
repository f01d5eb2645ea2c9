package nl.sekswerkregister.pagina.balie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.pagina.Waardetekst;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelwaarde;
import nl.sekswerkregister.regelset.domain.Stand;

/**
 * A rule set in words for the desk: every rule that is set or decided not to be regulated, in the engine's order,
 * worded as the map words it ({@link Waardetekst}: "21 jaar", yes/no), with a Dutch name for the rules a desk asks
 * about most. Unknown rules are counted, not listed: there are
 * some 130 paths, most of them unknown in most rule sets.
 */
final class Regelwoorden {

    private static final Map<String, String> NAMEN = Map.ofEntries(
            Map.entry("minimumleeftijd", "Minimumleeftijd sekswerker"),
            Map.entry("registratieplicht", "Registratieplicht sekswerkers"),
            Map.entry("registratievorm", "Vorm van registratie"),
            Map.entry("registerOpNaam", "Register op naam"),
            Map.entry("registratiegeldigheid", "Geldigheid van een registratie"),
            Map.entry("erkenning", "Erkenning registraties van andere gemeenten"),
            Map.entry("intakeplicht", "Intakegesprek verplicht"),
            Map.entry("intakeDoor", "Intakegesprek door"),
            Map.entry("intakeverslagenNaarToezicht", "Intakeverslagen naar toezicht"),
            Map.entry("verblijfsvergunningVereist", "Verblijfsvergunning vereist"),
            Map.entry("taaleisen", "Taaleisen"),
            Map.entry("maximaleWerkurenPerDag", "Maximale werkuren per dag"),
            Map.entry("tippelzone", "Tippelzone"),
            Map.entry("sanctiesVoorSekswerkers", "Sancties voor sekswerkers"),
            Map.entry("sanctiesVoorKlanten", "Sancties voor klanten"),
            Map.entry("sanctiesVoorExploitanten", "Sancties voor exploitanten"),
            Map.entry("vergunningtermijnJaren", "Vergunningtermijn (jaren)"),
            Map.entry("bibob", "Bibob-toets"),
            Map.entry("bedrijfsplanVereist", "Bedrijfsplan vereist"),
            Map.entry("beslistermijnWeken", "Beslistermijn (weken)"),
            Map.entry("vanRechtswegeVerlening", "Van rechtswege verlening"));

    record Uitkomst(List<Baliebeeld.Regel> regels, int onbekend) {
    }

    private Regelwoorden() {
    }

    static Uitkomst van(Regels regels) {
        List<Baliebeeld.Regel> lijst = new ArrayList<>();
        int onbekend = 0;
        for (String pad : Regelpaden.alle()) {
            Regelwaarde waarde = regels.waarde(pad);
            if (waarde.stand() == Stand.ONBEKEND) {
                onbekend++;
                continue;
            }
            lijst.add(new Baliebeeld.Regel(NAMEN.getOrDefault(pad, Waardetekst.pad(pad)),
                    Waardetekst.inWoorden(pad, waarde)));
        }
        return new Uitkomst(List.copyOf(lijst), onbekend);
    }
}
