package nl.sekswerkregister.common.probleem;

import java.util.List;

/**
 * The one exception type services throw for an expected failure. The detail text goes to the
 * client verbatim, so it must never contain personal data or implementation details.
 */
public class ProbleemException extends RuntimeException {

    private final ProbleemSoort soort;
    private final transient List<OngeldigeParameter> ongeldigeParameters;
    /** For a 429 or 503: after how many seconds the client may try again (the Retry-After header); else null. */
    private final Long wachtSeconden;

    public ProbleemException(ProbleemSoort soort, String detail) {
        this(soort, detail, List.of());
    }

    public ProbleemException(ProbleemSoort soort, String detail, List<OngeldigeParameter> ongeldigeParameters) {
        this(soort, detail, ongeldigeParameters, null);
    }

    private ProbleemException(ProbleemSoort soort, String detail, List<OngeldigeParameter> ongeldigeParameters,
                              Long wachtSeconden) {
        super(detail, null, false, false);
        this.soort = soort;
        this.ongeldigeParameters = List.copyOf(ongeldigeParameters);
        this.wachtSeconden = wachtSeconden;
    }

    /** A limit was reached (429); the client may try again after {@code wachtSeconden} (Retry-After). */
    public static ProbleemException teVeel(String detail, long wachtSeconden) {
        return new ProbleemException(ProbleemSoort.TE_VEEL_VERZOEKEN, detail, List.of(), Math.max(1, wachtSeconden));
    }

    /** Not now, but soon (503): the client may try again after {@code wachtSeconden} (Retry-After). */
    public static ProbleemException nietBeschikbaar(String detail, long wachtSeconden) {
        return new ProbleemException(ProbleemSoort.NIET_BESCHIKBAAR, detail, List.of(), Math.max(1, wachtSeconden));
    }

    public static ProbleemException ongeldig(String veld, String code, String reden) {
        return ongeldig(List.of(new OngeldigeParameter(veld, code, reden)));
    }

    public static ProbleemException ongeldig(List<OngeldigeParameter> fouten) {
        String detail = fouten.size() == 1
                ? "Het veld '" + fouten.get(0).name() + "' is ongeldig: " + fouten.get(0).reason()
                : fouten.size() + " velden zijn ongeldig; zie invalidParams.";
        return new ProbleemException(ProbleemSoort.ONGELDIGE_INVOER, detail, fouten);
    }

    public static ProbleemException nietGevonden(String detail) {
        return new ProbleemException(ProbleemSoort.NIET_GEVONDEN, detail);
    }

    public static ProbleemException geenToegang(String detail) {
        return new ProbleemException(ProbleemSoort.GEEN_TOEGANG, detail);
    }

    public static ProbleemException conflict(String detail) {
        return new ProbleemException(ProbleemSoort.CONFLICT, detail);
    }

    /**
     * Optimistic concurrency in the service: the caller changes what it last read at version
     * {@code verwacht}; if the stored row has moved on since, someone else changed it first (412).
     * The REST layer has already turned the If-Match header into {@code verwacht}; this check runs
     * again inside the writing transaction, and the entity's @Version guards the UPDATE itself.
     */
    public static void vereisVersie(long verwacht, long huidig) {
        if (verwacht != huidig) {
            throw new ProbleemException(ProbleemSoort.GEWIJZIGD_DOOR_ANDER, "De gegevens zijn intussen gewijzigd "
                    + "(nu versie " + huidig + "). Haal ze opnieuw op en probeer het nog eens.");
        }
    }

    public ProbleemSoort soort() { return soort; }

    public List<OngeldigeParameter> ongeldigeParameters() { return ongeldigeParameters; }

    public java.util.Optional<Long> wachtSeconden() { return java.util.Optional.ofNullable(wachtSeconden); }
}
