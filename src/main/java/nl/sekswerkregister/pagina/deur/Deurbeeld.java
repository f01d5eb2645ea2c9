package nl.sekswerkregister.pagina.deur;

import java.util.List;

/**
 * What the door check page shows: the forms (the registration check only to roles that may make it),
 * and at most one answer: the outcomes of a licence or address check, or the registration's valid or
 * not. {@code fout} names the field whose input could not be read ({@code veld}) and why, without
 * repeating the input.
 *
 * @param zoekterm what the officer typed, shown again in the field after a check (escaped by the template)
 */
public record Deurbeeld(boolean registratiecontrole, String zoekterm, String gezocht, List<Uitslag> uitslagen,
                        String registratieUitslag, Fout fout) {

    public record Fout(String veld, String melding) {
    }

    static Deurbeeld leeg(boolean registratiecontrole) {
        return new Deurbeeld(registratiecontrole, null, null, List.of(), null, null);
    }

    public boolean heeftUitslagen() {
        return !uitslagen.isEmpty();
    }

    public boolean foutIn(String veld) {
        return fout != null && fout.veld().equals(veld);
    }

    public boolean registratieGeldig() {
        return "GELDIG".equals(registratieUitslag);
    }
}
