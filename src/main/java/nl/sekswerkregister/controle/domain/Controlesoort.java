package nl.sekswerkregister.controle.domain;

/** How an inspection was held: from the files, at the door, or at the door together with the police. */
public enum Controlesoort {
    ADMINISTRATIEF,
    TER_PLAATSE,
    GEZAMENLIJK_MET_POLITIE
}
