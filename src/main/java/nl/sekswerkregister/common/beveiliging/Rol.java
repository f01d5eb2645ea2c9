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

    private Rol() {
    }
}
