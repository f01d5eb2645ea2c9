package nl.sekswerkregister.common.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The id of the current request, as given to the client in {@code instance} and {@code X-Request-ID}. */
@ApplicationScoped
public class RequestId {

    static final String SLEUTEL = "sekswerkregister.requestId";

    private final CurrentVertxRequest currentVertxRequest;

    public RequestId(CurrentVertxRequest currentVertxRequest) {
        this.currentVertxRequest = currentVertxRequest;
    }

    /**
     * A new id, a version-4 UUID. It correlates, it protects nothing, so it comes from
     * ThreadLocalRandom: UUID.randomUUID() reads SecureRandom behind one lock on every request.
     */
    static String nieuw() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long hoog = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long laag = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hoog, laag).toString();
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
