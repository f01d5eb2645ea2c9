package nl.sekswerkregister.common.probleem;

import java.util.List;

/**
 * The one exception type services throw for an expected failure. The detail text goes to the
 * client verbatim, so it must never contain personal data or implementation details.
 */
public class ProbleemException extends RuntimeException {

    private final ProbleemSoort soort;
    private final transient List<OngeldigeParameter> ongeldigeParameters;

    public ProbleemException(ProbleemSoort soort, String detail) {
        this(soort, detail, List.of());
    }

    public ProbleemException(ProbleemSoort soort, String detail, List<OngeldigeParameter> ongeldigeParameters) {
        super(detail, null, false, false);
        this.soort = soort;
        this.ongeldigeParameters = List.copyOf(ongeldigeParameters);
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

    public ProbleemSoort soort() { return soort; }

    public List<OngeldigeParameter> ongeldigeParameters() { return ongeldigeParameters; }
}
