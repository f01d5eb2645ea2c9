package nl.sekswerkregister.regelset.domain;

/** Who stated a rule-set version. */
public enum Herkomst {
    /** The municipality itself, through the API: its own statement of its rules. */
    GEMEENTE,
    /**
     * Researched from public sources (news, court rulings, municipal documents) and shipped with the
     * service, so that the patchwork shows from the first start. The municipality's own first
     * publication supersedes it.
     */
    PUBLIEKE_BRONNEN
}
