package nl.sekswerkregister.pagina.kaart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.pagina.Waardetekst;
import nl.sekswerkregister.regelset.domain.Bedrijfstype;
import nl.sekswerkregister.regelset.domain.Regelpaden;

/**
 * What the map can be coloured by: one rule of the vocabulary ({@link Regelpaden}), so every
 * value has the three states the engine knows (set, not regulated, unknown) and the index and the
 * findings name the same rule by the same path. Only rules with one comparable value per
 * municipality are offered: a list of opening hours or zones has no sensible colour.
 */
public record Dimensie(String code, String naam) {

    public static final List<Dimensie> ALLE = alle();
    public static final Dimensie STANDAARD = ALLE.get(0);

    public static Optional<Dimensie> metCode(String code) {
        return ALLE.stream().filter(d -> d.code.equals(code)).findFirst();
    }

    /** How the value reads in a sentence ("18 jaar", "ja", "maximaal 4"). */
    public String inWoorden(Object waarde) {
        return Waardetekst.opPad(code, waarde);
    }

    private static List<Dimensie> alle() {
        List<Dimensie> lijst = new ArrayList<>(List.of(
                new Dimensie("minimumleeftijd", "Minimumleeftijd sekswerkers"),
                new Dimensie("registratieplicht", "Registratieplicht sekswerkers"),
                new Dimensie("intakeplicht", "Intakeplicht"),
                new Dimensie("registratievorm", "Vorm van registratie"),
                new Dimensie("vergunningtermijnJaren", "Vergunningtermijn"),
                new Dimensie("maximaleWerkurenPerDag", "Maximale werkuren per dag"),
                new Dimensie("tippelzone", "Tippelzone")));
        for (Bedrijfstype type : Bedrijfstype.values()) {
            lijst.add(new Dimensie(Regelpaden.type(type, "vergunningplicht"),
                    "Vergunningplicht " + Waardetekst.bedrijfstype(type)));
        }
        for (Bedrijfstype type : Bedrijfstype.values()) {
            lijst.add(new Dimensie(Regelpaden.type(type, "toegestaan"), "Toegestaan: " + Waardetekst.bedrijfstype(type)));
        }
        for (Bedrijfstype type : Bedrijfstype.values()) {
            lijst.add(new Dimensie(Regelpaden.type(type, "maximumAantal"), "Maximum aantal " + Waardetekst.bedrijfstype(type)));
        }
        return List.copyOf(lijst);
    }
}
