package nl.sekswerkregister.regelset.domain;

/**
 * How a capped number of licences is handed out. Under the Services Directive a scarce permit
 * needs a transparent allocation and a fixed term (Eindhoven moved to a lottery).
 */
public enum Schaarsteverdeling {
    LOTING,
    VERGELIJKENDE_TOETS,
    VOLGORDE_VAN_BINNENKOMST
}
