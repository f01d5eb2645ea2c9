package nl.sekswerkregister.aanvraag.domain;

/** What happened to a case, one entry of its history each. */
public enum Historiegebeurtenis {
    ONTVANGEN, ONVOLLEDIG_VERKLAARD, AANGEVULD, VERDAAGD, BIBOB_GESTART, BIBOB_ADVIES_GEVRAAGD,
    BIBOB_ADVIES_ONTVANGEN, BESLOTEN, INGETROKKEN
}
