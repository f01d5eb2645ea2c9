package nl.sekswerkregister.common.beveiliging;

/**
 * Whose trafficking signals a caller reads: those reported by their own municipality (its
 * enforcement officers), those handed to their RIEC region, those handed to their police unit. A
 * field is null when the caller reads none that way.
 */
public record Signaalbereik(String gemeenteCode, String riecRegio, String politieEenheid) {

    public boolean isLeeg() {
        return gemeenteCode == null && riecRegio == null && politieEenheid == null;
    }
}
