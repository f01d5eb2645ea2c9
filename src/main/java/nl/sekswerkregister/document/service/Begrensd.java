package nl.sekswerkregister.document.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;

/**
 * The upload as it streams by: counted and hashed on the way to the database, and stopped with a 413
 * the moment it passes the kind's limit, whether or not the client announced a length (a chunked body
 * announces none, and a Content-Length can lie).
 */
final class Begrensd extends FilterInputStream {

    private final long max;
    private final MessageDigest sha256;
    private long gelezen;

    Begrensd(InputStream in, long max, MessageDigest sha256) {
        super(in);
        this.max = max;
        this.sha256 = sha256;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            tel(1);
            sha256.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int lengte) throws IOException {
        int n = super.read(buffer, offset, lengte);
        if (n > 0) {
            tel(n);
            sha256.update(buffer, offset, n);
        }
        return n;
    }

    long gelezen() {
        return gelezen;
    }

    private void tel(int n) {
        gelezen += n;
        if (gelezen > max) {
            throw teGroot(max);
        }
    }

    static ProbleemException teGroot(long max) {
        return new ProbleemException(ProbleemSoort.VERZOEK_TE_GROOT, "Dit document is groter dan " + max
                + " bytes, de grens voor deze soort document. Er is niets opgeslagen.");
    }
}
