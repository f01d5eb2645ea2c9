package nl.sekswerkregister.aanvraag.domain;

/** What an application may lack (model APV: a business plan; Wet Bibob: the questionnaire). */
public enum OntbrekendStukSoort {
    ONDERNEMINGSPLAN, BIBOB_VRAGENFORMULIER, PLATTEGROND, VOG, KVK_UITTREKSEL, OVERIG
}
