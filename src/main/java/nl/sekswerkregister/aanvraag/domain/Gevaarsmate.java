package nl.sekswerkregister.aanvraag.domain;

/** The degree of danger a Bibob advice finds (Wet Bibob art. 3: none, a lesser degree, serious). */
public enum Gevaarsmate {
    GEEN, MINDERE_MATE, ERNSTIG
}
