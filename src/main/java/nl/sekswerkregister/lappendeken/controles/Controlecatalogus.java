package nl.sekswerkregister.lappendeken.controles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sekswerkregister.lappendeken.domain.Conflictcontrole;

/** Every check the engine runs, in a fixed order (which is also the order of the findings). */
@ApplicationScoped
public class Controlecatalogus {

    private final Map<String, Conflictcontrole> controles = new LinkedHashMap<>();

    public Controlecatalogus() {
        for (Conflictcontrole c : List.of(
                // against the national framework
                new LeeftijdOnderKader(), new KaderplichtOntbreekt(),
                // between municipalities in scope
                new LeeftijdVerschilt(), new Waterbedeffect(), new RegistratieNietErkend(),
                new VergunningplichtVerschilt(), new OpeningstijdenVerschillen(), new Verplaatsingsrisico(),
                // between neighbours, on what enforcement observed (signals of unlicensed activity)
                new VerplaatsingWaargenomen(),
                // legal risk (case law, Services Directive, the direction of the Wrs)
                JuridischRisico.registerOpNaam(), JuridischRisico.intakeverslagenNaarToezicht(),
                JuridischRisico.taaleis(), JuridischRisico.sanctiesVoorSekswerkers(),
                // the licences actually held
                new VergunningenBovenMaximum(), new VergunningVerbodenType(), new VergunningtermijnTeLang(),
                new VergunningZonderRegelset())) {
            controles.put(c.code(), c);
        }
    }

    public List<Conflictcontrole> alle() {
        return List.copyOf(controles.values());
    }

    public Optional<Conflictcontrole> metCode(String code) {
        return Optional.ofNullable(controles.get(code));
    }

    public List<String> codes() {
        return List.copyOf(controles.keySet());
    }
}
