package nl.sekswerkregister.common.beveiliging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import nl.sekswerkregister.common.invoer.Parameters;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller, as the identity provider vouches for them: subject, roles and the municipality they
 * work for (claim {@code gemeente}). A malformed municipality claim counts as none, so a token
 * cannot widen its reach by being odd: the claim must be a JSON string that is exactly a CBS code
 * ({@code GM} and four digits). Nothing is stripped or repaired; {@code "GM\"0363"}, {@code " GM0363"},
 * {@code "gm0363"} or the number {@code 363} are no municipality at all.
 */
@RequestScoped
public class Gebruiker {

    public static final String GEMEENTE_CLAIM = "gemeente";

    private final JsonWebToken jwt;

    public Gebruiker(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String subject() {
        return jwt.getSubject();
    }

    /** The caller's roles, sorted and comma-separated (for the processing log). */
    public String rollen() {
        return jwt.getGroups() == null ? "" : String.join(",", new java.util.TreeSet<>(jwt.getGroups()));
    }

    public boolean heeftRol(String rol) {
        return jwt.getGroups() != null && jwt.getGroups().contains(rol);
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
        Object claim = jwt.getClaim(GEMEENTE_CLAIM);
        // smallrye-jwt hands custom claims over as JSON values; only a JSON string can be a code.
        String code = claim instanceof JsonString tekst ? tekst.getString() : claim instanceof String tekst ? tekst : null;
        return code != null && Parameters.GEMEENTECODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
