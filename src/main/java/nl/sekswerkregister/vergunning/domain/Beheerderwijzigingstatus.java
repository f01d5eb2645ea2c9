package nl.sekswerkregister.vergunning.domain;

/** Where a request to change the managers stands: waiting for the decision, or decided either way. */
public enum Beheerderwijzigingstatus { AANGEVRAAGD, GOEDGEKEURD, AFGEWEZEN }
