package nl.sekswerkregister.signalering.domain;

/** What was signalled: premises at an address, or an online advertisement (that may give no address at all). */
public enum Signaleringsoort {
    ADRES, ADVERTENTIE
}
