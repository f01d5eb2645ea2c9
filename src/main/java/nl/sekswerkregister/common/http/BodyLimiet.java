package nl.sekswerkregister.common.http;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;

/**
 * 413 for bodies sent without Content-Length (chunked) that grow past the limit; those with a
 * Content-Length are refused earlier, in {@link HttpConventies}, before a byte is read. Not for a
 * parameter marked {@link GroteBody}, which its resource limits itself.
 */
@Provider
public class BodyLimiet implements ReaderInterceptor {

    // Resolved per request: JAX-RS interceptors are built at static init, before runtime config exists.
    private final Instance<ApiConfig> config;

    public BodyLimiet(Instance<ApiConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (java.util.Arrays.stream(context.getAnnotations()).anyMatch(a -> a.annotationType() == GroteBody.class)) {
            // Limited by its resource, per kind of document, while it streams (GroteBodyPaden).
            return context.proceed();
        }
        context.setInputStream(new Begrensd(context.getInputStream(), config.get().maxBodyBytes()));
        return context.proceed();
    }

    private static final class Begrensd extends FilterInputStream {
        private final long max;
        private long gelezen;

        Begrensd(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            tel(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = super.read(buffer, offset, lengte);
            tel(Math.max(n, 0));
            return n;
        }

        private void tel(int n) {
            gelezen += n;
            if (gelezen > max) {
                throw new ProbleemException(ProbleemSoort.VERZOEK_TE_GROOT, "De body is groter dan " + max + " bytes.");
            }
        }
    }
}
