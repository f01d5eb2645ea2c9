package nl.sekswerkregister.common.beveiliging;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.sekswerkregister.common.probleem.ProbleemException;

/**
 * Municipality scoping on top of role checks (which @RolesAllowed already did): a licensing
 * officer acts only for the municipality in their token. Licences are public decisions, so
 * another municipality's licence is 403, not 404: its existence is no secret (unlike a registration's).
 */
@RequestScoped
public class Toegang {

    private final Gebruiker gebruiker;
    private final Gemeenteindeling indeling;

    public Toegang(Gebruiker gebruiker, Gemeenteindeling indeling) {
        this.gebruiker = gebruiker;
        this.indeling = indeling;
    }

    /** Writes: only a licensing officer of that very municipality. */
    public void vereisSchrijfrecht(String gemeenteCode) {
        if (!gebruiker.heeftRol(Rol.VERGUNNINGVERLENER) || !isEigenGemeente(gemeenteCode)) {
            throw ProbleemException.geenToegang("Alleen een vergunningverlener van de gemeente zelf mag haar "
                    + "gegevens wijzigen; uw token noemt een andere gemeente, geen gemeente of niet die rol.");
        }
    }

    /**
     * The national history of a licence's operator and managers (what other municipalities decided): only
     * a licensing officer of the licence's own municipality, who prepares the decision on it. The exchange
     * the Bibob Act allows is between the administrative bodies that decide; the auditor reviews that it
     * happened, in the processing log, not what it showed (see README, "The national history").
     */
    public void vereisHistorierecht(String gemeenteCode) {
        if (!gebruiker.heeftRol(Rol.VERGUNNINGVERLENER) || !isEigenGemeente(gemeenteCode)) {
            throw ProbleemException.geenToegang("Alleen een vergunningverlener van de gemeente van deze vergunning "
                    + "mag de bestuurlijke historie van haar exploitant en beheerders raadplegen.");
        }
    }

    /**
     * Sanctions (enforcement decisions): only the enforcement team's legal officer of that very
     * municipality, who takes them for the mayor in mandate. Not the licensing desk, which decides on
     * applications, and not the inspector, who records what was seen: the decision to sanction is
     * prepared and taken apart from both (see README, "Sanctions").
     */
    public void vereisSanctierecht(String gemeenteCode) {
        if (!gebruiker.heeftRol(Rol.HANDHAVINGSJURIST) || !isEigenGemeente(gemeenteCode)) {
            throw ProbleemException.geenToegang("Alleen een handhavingsjurist van de gemeente zelf mag namens de "
                    + "burgemeester een sanctie opleggen; uw token noemt een andere gemeente, geen gemeente of niet die rol.");
        }
    }

    /**
     * Which municipality's sanctions the caller reads: the municipality's legal officer, inspectors
     * and licensing desk their own (named in the token, else 403); the auditor every one (empty).
     */
    public Optional<String> sanctieBereik() {
        if (gebruiker.heeftRol(Rol.AUDITOR)) {
            return Optional.empty();
        }
        return Optional.of(gebruiker.gemeenteCode().orElseThrow(() ->
                ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente').")));
    }

    /**
     * Trying out a draft rule set: the municipality's own licensing officers and policy analysts,
     * and the national framework keeper for any municipality.
     */
    public void vereisSimulatierecht(String gemeenteCode) {
        boolean eigen = (gebruiker.heeftRol(Rol.VERGUNNINGVERLENER) || gebruiker.heeftRol(Rol.BELEIDSMEDEWERKER))
                && isEigenGemeente(gemeenteCode);
        if (!eigen && !gebruiker.heeftRol(Rol.LANDELIJK_BEHEERDER)) {
            throw ProbleemException.geenToegang("Alleen vergunningverleners en beleidsmedewerkers van de gemeente zelf "
                    + "(of de landelijk beheerder) mogen een regelset voor die gemeente simuleren.");
        }
    }

    /** Reads of municipal records: auditors everywhere, other roles in their own municipality. */
    public void vereisLeesrecht(String gemeenteCode) {
        if (!magLezen(gemeenteCode)) {
            throw ProbleemException.geenToegang("Uw token geeft alleen toegang tot gegevens van uw eigen gemeente.");
        }
    }

    /**
     * Auditors read everywhere; the municipal roles (licensing, enforcement, policy) read their own
     * municipality. Other roles read no municipal records, whatever municipality their token names:
     * the national framework keeper and the verifying systems are not part of any municipality.
     */
    public boolean magLezen(String gemeenteCode) {
        return gebruiker.heeftRol(Rol.AUDITOR) || (heeftGemeentelijkeRol() && isEigenGemeente(gemeenteCode));
    }

    /**
     * Which municipalities' premises the caller may look up: the municipal roles (licensing,
     * enforcement, policy) their own, named in the token, home workers' premises included; a police
     * vice unit ({@code politie}) the municipalities of its unit (claim {@code politieEenheid}), without
     * home workers' premises; the auditor and the national framework keeper every municipality, also
     * without them. A home worker's premises are a person's home: the municipality that licensed it
     * needs to know it, a police unit looking over a region does not, and when the police have a reason
     * to be at that door they come through a signal or an inspection of the municipality.
     *
     * <p>A token that names neither a municipality nor a police unit (or names them malformed) is 403.
     * A police unit that is well formed but no unit reaches no municipality: nothing is found. Searches
     * are scoped to this, never refused for it: an officer asking about premises elsewhere finds nothing
     * there, as if there were none (see VestigingService).
     */
    public Bereik vestigingBereik() {
        if (gebruiker.heeftRol(Rol.AUDITOR) || gebruiker.heeftRol(Rol.LANDELIJK_BEHEERDER)) {
            return Bereik.landelijk();
        }
        Optional<String> eigen = heeftGemeentelijkeRol() ? gebruiker.gemeenteCode() : Optional.empty();
        Optional<String> eenheid = gebruiker.heeftRol(Rol.POLITIE) ? gebruiker.politieEenheid() : Optional.empty();
        if (eigen.isEmpty() && eenheid.isEmpty()) {
            throw ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente') of, voor de rol "
                    + "politie, geen politie-eenheid (claim 'politieEenheid').");
        }
        Set<String> gemeenten = new TreeSet<>();
        eigen.ifPresent(gemeenten::add);
        eenheid.ifPresent(e -> gemeenten.addAll(indeling.gemeentenVanPolitieEenheid(e)));
        // A token that is both a municipal officer and police sees the narrower of the two views.
        return new Bereik(gemeenten, eenheid.isEmpty());
    }

    /**
     * Handing over a trafficking signal: an enforcement officer or a licensing officer (who may see
     * indicators during an intake) of a municipality, for that municipality. Returns its code.
     */
    public String signaleerGemeente() {
        if (gebruiker.heeftRol(Rol.HANDHAVER) || gebruiker.heeftRol(Rol.VERGUNNINGVERLENER)) {
            Optional<String> eigen = gebruiker.gemeenteCode();
            if (eigen.isPresent()) {
                return eigen.get();
            }
        }
        throw ProbleemException.geenToegang("Alleen een handhaver of vergunningverlener van een gemeente (claim "
                + "'gemeente') draagt een signaal van mensenhandel over.");
    }

    /**
     * Whose trafficking signals the caller reads: an enforcement officer those of their own
     * municipality; a {@code riec} token those handed to its RIEC region (claim {@code riecRegio}); a
     * {@code politie} token those handed to its police unit (claim {@code politieEenheid}). Nobody else
     * reads them, not the auditor either: the existence of a signal is itself sensitive. A region claim
     * is matched exactly against the region a signal went to, so a malformed or unknown one reads none.
     */
    public Signaalbereik signaalBereik() {
        return new Signaalbereik(
                gebruiker.heeftRol(Rol.HANDHAVER) ? gebruiker.gemeenteCode().orElse(null) : null,
                gebruiker.heeftRol(Rol.RIEC) ? gebruiker.riecRegio().orElse(null) : null,
                gebruiker.heeftRol(Rol.POLITIE) ? gebruiker.politieEenheid().orElse(null) : null);
    }

    /**
     * The municipal roles. The enforcement legal officer is one: preparing a sanction means reading the
     * licence, its decisions and the premises of the own municipality.
     */
    private boolean heeftGemeentelijkeRol() {
        return gebruiker.heeftRol(Rol.VERGUNNINGVERLENER) || gebruiker.heeftRol(Rol.HANDHAVER)
                || gebruiker.heeftRol(Rol.BELEIDSMEDEWERKER) || gebruiker.heeftRol(Rol.HANDHAVINGSJURIST);
    }

    /**
     * Which municipality's enforcement records (inspections, signals of unlicensed premises) the caller
     * reads: the auditor every municipality (empty), the municipal roles their own, named in the token
     * (403 without a {@code gemeente} claim). Records elsewhere are not found rather than refused: an
     * inspection or signal may be of somebody's home.
     */
    public Optional<String> handhavingsbereik() {
        if (gebruiker.heeftRol(Rol.AUDITOR)) {
            return Optional.empty();
        }
        return Optional.of(gebruiker.gemeenteCode().orElseThrow(() ->
                ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente').")));
    }

    /** The municipality a listing is restricted to when the caller names none. */
    public String standaardGemeente(String gevraagd) {
        if (gevraagd != null) {
            vereisLeesrecht(gevraagd);
            return gevraagd;
        }
        if (gebruiker.heeftRol(Rol.AUDITOR)) {
            return null;
        }
        return gebruiker.gemeenteCode().orElseThrow(() ->
                ProbleemException.geenToegang("Uw token noemt geen gemeente (claim 'gemeente')."));
    }

    private boolean isEigenGemeente(String gemeenteCode) {
        return gebruiker.gemeenteCode().map(eigen -> eigen.equals(gemeenteCode)).orElse(false);
    }
}
