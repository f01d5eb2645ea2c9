package nl.sekswerkregister.common.beveiliging;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sekswerkregister.common.invoer.Parameters;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller, as the identity provider vouches for them: subject, roles and the municipality they
 * work for (claim {@code gemeente}). A malformed municipality claim counts as none, so a token
 * cannot widen its reach by being odd: the claim must be a JSON string that is exactly a CBS code
 * ({@code GM} and four digits). Nothing is stripped or repaired; {@code "GM\"0363"}, {@code " GM0363"},
 * {@code "gm0363"} or the number {@code 363} are no municipality at all.
 *
 * <p>The same holds for the regions of the {@code riec} and {@code politie} roles: claim
 * {@code riecRegio} names a RIEC region and {@code politieEenheid} a police unit, each exactly as the
 * municipality table writes it ("Amsterdam-Amstelland", "Den Haag"). A claim that is not a JSON string
 * of that form is no region; one of that form that names no region matches no municipality, so either
 * way the token reaches nothing.
 */
@RequestScoped
public class Gebruiker {

    public static final String GEMEENTE_CLAIM = "gemeente";
    public static final String RIEC_REGIO_CLAIM = "riecRegio";
    public static final String POLITIE_EENHEID_CLAIM = "politieEenheid";
    /** Capitalised words joined by one space or hyphen, as every region and unit is named; ASCII only. */
    private static final Pattern REGIONAAM = Pattern.compile("[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,5}");

    /** Stands in for the token of a caller without one: no claims, so no role and no municipality. */
    private static final JsonWebToken GEEN_TOKEN = new JsonWebToken() {
        @Override
        public String getName() {
            return null;
        }

        @Override
        public java.util.Set<String> getClaimNames() {
            return java.util.Set.of();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return null;
        }
    };

    private final JsonWebToken jwt;
    /** The roles the security checks ({@code @RolesAllowed}) see, so that a service never judges by others. */
    private final java.util.Set<String> rollen;

    /**
     * The token is read from the caller's security identity, not injected as a {@code JsonWebToken}:
     * two mechanisms make identities here, smallrye-jwt for the API's bearer tokens and Quarkus OIDC's
     * code flow for the pages (its ID token), and only the identity's principal is the right token for
     * both. OIDC's injectable {@code JsonWebToken} is its own access token, empty for an API call.
     * The roles are the identity's: for a page login OIDC reads them from its configured claim path
     * (quarkus.oidc.pagina.roles.role-claim-path), which the token's own {@code groups} need not be.
     */
    @Inject
    public Gebruiker(SecurityIdentity identiteit) {
        this(identiteit.getPrincipal() instanceof JsonWebToken token ? token : GEEN_TOKEN,
                identiteit.isAnonymous() ? java.util.Set.of() : identiteit.getRoles());
    }

    public Gebruiker(JsonWebToken jwt) {
        this(jwt, jwt.getGroups() == null ? java.util.Set.of() : jwt.getGroups());
    }

    private Gebruiker(JsonWebToken jwt, java.util.Set<String> rollen) {
        this.jwt = jwt;
        this.rollen = java.util.Set.copyOf(rollen);
    }

    /** Whether anyone is logged in (a token or a page session), whatever their roles. */
    public boolean isAangemeld() {
        return jwt != GEEN_TOKEN;
    }

    /** The caller's roles, sorted. */
    public java.util.SortedSet<String> rolset() {
        return new java.util.TreeSet<>(rollen);
    }

    public String subject() {
        return jwt.getSubject();
    }

    /** The caller's roles, sorted and comma-separated (for the processing log). */
    public String rollen() {
        return String.join(",", new java.util.TreeSet<>(rollen));
    }

    public boolean heeftRol(String rol) {
        return rollen.contains(rol);
    }

    /**
     * A claim that must be a JSON string, as it is: anything else (a number, a list) counts as absent.
     * Its value is never logged or echoed (it may be a BSN).
     */
    public Optional<String> tekstclaim(String naam) {
        Object claim = jwt.getClaim(naam);
        return Optional.ofNullable(claim instanceof JsonString tekst ? tekst.getString() : claim instanceof String tekst ? tekst : null);
    }

    public Optional<String> gemeenteCode() {
        // smallrye-jwt hands custom claims over as JSON values; only a JSON string can be a code.
        return tekstclaim(GEMEENTE_CLAIM).filter(Parameters.GEMEENTECODE.asMatchPredicate());
    }

    /** The RIEC region of a {@code riec} token, exactly as in the municipality table; see the class comment. */
    public Optional<String> riecRegio() {
        return tekstclaim(RIEC_REGIO_CLAIM).filter(REGIONAAM.asMatchPredicate());
    }

    /** The police unit of a {@code politie} token, exactly as in the municipality table. */
    public Optional<String> politieEenheid() {
        return tekstclaim(POLITIE_EENHEID_CLAIM).filter(REGIONAAM.asMatchPredicate());
    }
}
