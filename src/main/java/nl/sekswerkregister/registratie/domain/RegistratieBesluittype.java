package nl.sekswerkregister.registratie.domain;

/** The decisions a municipality takes on a registration after it was made. */
public enum RegistratieBesluittype { SCHORSEN, SCHORSING_OPHEFFEN, INTREKKEN, VERLENGEN }
