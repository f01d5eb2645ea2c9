package nl.sekswerkregister.common.beveiliging;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import nl.sekswerkregister.common.invoer.Parameters;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller, as the identity provider vouches for them: subject, roles and the municipality they
 * work for (claim {@code gemeente}). A malformed municipality claim counts as none, so a token
 * cannot widen its reach by being odd.
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

    public Optional<String> gemeenteCode() {
        Object claim = jwt.getClaim(GEMEENTE_CLAIM);
        String code = claim == null ? null : claim.toString().replace("\"", "");
        return code != null && Parameters.GEMEENTECODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
