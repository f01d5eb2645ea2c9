package nl.sekswerkregister.pagina.inlog;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.util.Optional;
import nl.sekswerkregister.common.beveiliging.Gebruiker;

/**
 * The login state in every page's header ({@code inject:aanmelding} in templates/pagina/basis.html), so that no
 * page resource has to pass it: "Ingelogd als handhaver (GM0363) · Uitloggen", or a link to log in.
 *
 * <p>Authentication is lazy here (quarkus.http.auth.proactive=false): on a worker thread the identity is resolved
 * when asked for, but an error page written on the IO thread (an unknown path, a failed login) may not block for
 * it, so there only an identity that is already known counts; otherwise the header offers to log in.
 */
@Named("aanmelding")
@ApplicationScoped
public class Aanmelding {

    private final Instance<Gebruiker> gebruiker;
    private final CurrentVertxRequest verzoek;

    public Aanmelding(Instance<Gebruiker> gebruiker, CurrentVertxRequest verzoek) {
        this.gebruiker = gebruiker;
        this.verzoek = verzoek;
    }

    public boolean isIngelogd() {
        return gebruiker().filter(Gebruiker::isAangemeld).isPresent();
    }

    /** "handhaver (GM0363)", "politie (Amsterdam)", or the roles alone. */
    public String getOmschrijving() {
        return gebruiker().filter(Gebruiker::isAangemeld).map(g -> {
            String rollen = g.rolset().isEmpty() ? "gebruiker zonder rol" : String.join(", ", g.rolset());
            return g.gemeenteCode().or(g::politieEenheid).or(g::riecRegio).map(plaats -> rollen + " (" + plaats + ")").orElse(rollen);
        }).orElse("");
    }

    private Optional<Gebruiker> gebruiker() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        if (!Context.isOnEventLoopThread()) {
            return Optional.of(gebruiker.get());
        }
        var ctx = verzoek.getCurrent();
        if (ctx != null && ctx.user() instanceof QuarkusHttpUser gebruikerVanVerzoek) {
            SecurityIdentity identiteit = gebruikerVanVerzoek.getSecurityIdentity();
            return Optional.of(new Gebruiker(identiteit));
        }
        return Optional.empty();
    }
}
