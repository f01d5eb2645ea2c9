package nl.sekswerkregister.common.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;

/** The id of the current request, as given to the client in {@code instance} and {@code X-Request-ID}. */
@ApplicationScoped
public class RequestId {

    static final String SLEUTEL = "sekswerkregister.requestId";

    private final CurrentVertxRequest currentVertxRequest;

    public RequestId(CurrentVertxRequest currentVertxRequest) {
        this.currentVertxRequest = currentVertxRequest;
    }

    public String huidige() {
        try {
            RoutingContext ctx = currentVertxRequest.getCurrent();
            return ctx == null ? null : ctx.get(SLEUTEL);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
