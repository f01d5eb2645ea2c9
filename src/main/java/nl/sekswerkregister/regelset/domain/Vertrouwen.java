package nl.sekswerkregister.regelset.domain;

/** How firmly the public sources support a researched version (only HOOG and MIDDEL values are encoded). */
public enum Vertrouwen {
    HOOG,
    MIDDEL,
    LAAG
}
