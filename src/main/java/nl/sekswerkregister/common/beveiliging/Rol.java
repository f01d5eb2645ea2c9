package nl.sekswerkregister.common.beveiliging;

/** Roles, as they arrive in the standard {@code groups} claim of the token. */
public final class Rol {
    public static final String VERGUNNINGVERLENER = "vergunningverlener";
    public static final String HANDHAVER = "handhaver";
    public static final String BELEIDSMEDEWERKER = "beleidsmedewerker";
    public static final String AUDITOR = "auditor";
    public static final String LANDELIJK_BEHEERDER = "landelijk-beheerder";
    /** Systems of operators and advertising platforms: only the hit/no-hit check of registrations. */
    public static final String VERIFICATEUR = "verificateur";
    /**
     * The data subject themselves, as an identity broker behind DigiD vouches for them (the BSN in a
     * claim, sekswerkregister.inzage.bsn-claim): only their own access report, GET /inzage.
     */
    public static final String BETROKKENE = "betrokkene";
    /**
     * Takes enforcement decisions (sanctions) for a municipality under the mayor's mandate: the
     * legal officer of the enforcement team, not the licensing desk.
     */
    public static final String HANDHAVINGSJURIST = "handhavingsjurist";
    /** Police vice units: scoped to a police region (claim, see Gebruiker), not to one municipality. */
    public static final String POLITIE = "politie";
    /** The regional information hub (RIEC): reads the trafficking signals of its region only. */
    public static final String RIEC = "riec";

    private Rol() {
    }
}
