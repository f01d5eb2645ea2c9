package nl.sekswerkregister.sanctie.domain;

/** What a penalty's amount is forfeited for (Awb art. 5:32b: per violation or per unit of time). */
public enum Bedragperiode {
    OVERTREDING,
    DAG,
    WEEK,
    MAAND
}
