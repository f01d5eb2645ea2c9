package nl.sekswerkregister.privacy;

import java.util.List;

/**
 * A data subject as the processing log knows them: their log pseudonym under every configured key
 * version, the active one first. During a rotation a person's mapping may still be under the old
 * version, so the log looks under all of them; it never sees the identifier.
 */
public record Betrokkene(List<String> pseudoniemen) {

    public Betrokkene {
        pseudoniemen = List.copyOf(pseudoniemen);
        if (pseudoniemen.isEmpty()) {
            throw new IllegalArgumentException("een betrokkene heeft ten minste één pseudoniem");
        }
    }

    /** The pseudonym under the active key: what a new mapping is stored under. */
    public String actief() {
        return pseudoniemen.get(0);
    }
}
